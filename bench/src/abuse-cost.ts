import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_MESSAGES, MAX_QUESTION_CHARS } from '@kildesvar/core/schemas';
import { processCpuMs, type ServerProcess } from './server-process';
import { median } from './statistics';

/**
 * The cost of an abusive request against a normal one, on the server as `npm start` configures it
 * (deadline, concurrency cap; rate limit off so the bench can repeat requests): wall time, server
 * CPU per request, the status it got, and how long `GET /api/health` took while it ran.
 */
export interface AbuseCostRow {
  request: string;
  bodyBytes: number;
  statuses: string;
  medianMs: number;
  maxMs: number;
  serverCpuMs: number | null;
  healthDuringMs: number;
}

interface Probe {
  name: string;
  url: string;
  init: RequestInit;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Distinct words from the seeds, so the abusive texts are real Norwegian and defeat any cache. */
const seedWords = (seedsDir: string): string[] => {
  const words = readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(path.join(seedsDir, file), 'utf8').match(/\p{L}{4,}/gu) ?? []);
  return [...new Set(words)];
};

const textOf = (words: string[], offset: number, chars: number): string => {
  let text = '';
  for (let index = offset; text.length < chars; index += 1) text += `${words[index % words.length]} `;
  return text.slice(0, chars).trim();
};

const chat = (messages: Array<{ role: 'user' | 'assistant'; content: string }>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({ messages }),
});

export const abuseProbes = (seedsDir: string, bodyLimitBytes = 256 * 1024): Probe[] => {
  const words = seedWords(seedsDir);
  const question = 'hva er målet for Norsk Helsenett innen 2011';
  const history: Array<{ role: 'user' | 'assistant'; content: string }> = [];
  // As many long turns as fit under the body limit, then a short follow-up that must be read against them.
  for (let turn = 0; history.length < MAX_MESSAGES - 1; turn += 1) {
    const next = {
      role: (turn % 2 === 0 ? 'user' : 'assistant') as 'user' | 'assistant',
      content: textOf(words, turn * 997, turn % 2 === 0 ? MAX_QUESTION_CHARS : 20_000),
    };
    if (JSON.stringify({ messages: [...history, next, { role: 'user', content: 'og for fastlegene?' }] }).length > bodyLimitBytes - 1024) break;
    history.push(next);
  }
  if (history.at(-1)?.role === 'user') history.pop();
  return [
    { name: 'normal search', url: `/api/search?q=${encodeURIComponent(question)}`, init: {} },
    {
      name: `abusive search (q of ${MAX_QUESTION_CHARS} chars, all distinct words)`,
      url: `/api/search?q=${encodeURIComponent(textOf(words, 17, MAX_QUESTION_CHARS))}`,
      init: {},
    },
    { name: 'normal chat', url: '/api/chat', init: chat([{ role: 'user', content: question }]) },
    {
      name: `abusive chat (${history.length + 1} messages near the body limit, follow-up)`,
      url: '/api/chat',
      init: chat([...history, { role: 'user', content: 'og for fastlegene?' }]),
    },
  ];
};

export const measureAbuseCost = async (
  server: ServerProcess,
  options: { seedsDir: string; runs: number; log: (line: string) => void },
): Promise<AbuseCostRow[]> => {
  const rows: AbuseCostRow[] = [];
  for (const probe of abuseProbes(options.seedsDir)) {
    const times: number[] = [];
    const health: number[] = [];
    const statuses = new Map<string, number>();
    const cpuBefore = processCpuMs(server.pid);
    for (let run = 0; run < options.runs; run += 1) {
      const started = performance.now();
      const answer = fetch(`${server.baseUrl}${probe.url}`, probe.init).then(async (response) => {
        const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
        return `${response.status}${body?.error?.code ? ` ${body.error.code}` : ''}`;
      });
      await sleep(5);
      const healthStarted = performance.now();
      await (await fetch(`${server.baseUrl}/api/health`)).arrayBuffer();
      health.push(performance.now() - healthStarted);
      const status = await answer;
      times.push(performance.now() - started);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const cpuAfter = processCpuMs(server.pid);
    const row: AbuseCostRow = {
      request: probe.name,
      bodyBytes: typeof probe.init.body === 'string' ? Buffer.byteLength(probe.init.body) : probe.url.length,
      statuses: [...statuses].map(([status, count]) => `${count}× ${status}`).join(', '),
      medianMs: median(times),
      maxMs: Math.max(...times),
      serverCpuMs: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / options.runs : null,
      healthDuringMs: median(health),
    };
    options.log(
      `   ${row.request}: ${row.statuses}, median ${row.medianMs.toFixed(1)} ms, ` +
        `server CPU ${row.serverCpuMs?.toFixed(1) ?? '?'} ms/request, health meanwhile ${row.healthDuringMs.toFixed(1)} ms`,
    );
    rows.push(row);
  }
  return rows;
};
