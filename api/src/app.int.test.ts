import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssistant } from '@kildesvar/core';
import { chatResponseSchema, searchResponseSchema } from '@kildesvar/core/schemas';
import { readFileSync } from 'node:fs';
import { indexDir, repoRoot, seedsDir } from '../../test/paths';
import { createApp } from './app';
import { readySource } from './assistant-source';

/** The API over the real index built by the global setup. */
let app: ReturnType<typeof createApp>;
const original = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');
const flat = (text: string) => text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');

const ask = async (content: string, history: Array<{ role: 'user' | 'assistant'; content: string }> = []) => {
  const response = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [...history, { role: 'user', content }] }),
  });
  expect(response.status).toBe(200);
  return chatResponseSchema.parse(await response.json());
};

beforeAll(async () => {
  const assistant = await loadAssistant({ indexDir, seedsDir, embedder: 'corpus', modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false });
  app = createApp({ source: readySource(assistant) });
});

describe('the API over the real index', () => {
  it('answers «hva er målet for Norsk Helsenett innen 2011» with the goal sentence, cited by its original span', async () => {
    const response = await ask('hva er målet for Norsk Helsenett innen 2011');
    expect(response.abstained).toBe(false);
    expect(response.answer).toContain('2011');
    expect(response.answer).toMatch(/\[1\]/);
    const spans = response.citations.flatMap((citation) => [citation, ...citation.alsoIn]);
    const goal = /I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse\s*-?\s*nett/;
    expect(spans.some((span) => goal.test(flat(original(span.file).slice(span.start, span.end))))).toBe(true);
    const quoted = response.citations.flatMap((citation) =>
      (citation.highlights ?? []).map((highlight) => flat(original(citation.file).slice(highlight.start, highlight.end))),
    );
    expect(quoted.some((sentence) => goal.test(sentence))).toBe(true);
  });

  it('abstains on a question the documents never touch, and still lists the closest passages', async () => {
    const response = await ask('hvor mange elbiler har Tesla solgt i Norge i 2023');
    expect(response.abstained).toBe(true);
    expect(response.citations).toEqual([]);
    expect(response.related.length).toBeGreaterThan(0);
    expect(response.answer).toMatch(/finner ikke/);
  });

  it('answers a nynorsk question in nynorsk terms from bokmål passages', async () => {
    const response = await ask('kva skal kommunane ha på plass innan 2011 når det gjeld helsenettet');
    expect(response.abstained).toBe(false);
    expect(response.language).toBe('nn');
    expect(response.answer).toContain('2011');
    // «kommunane», «innan» and «helsenettet» found the bokmål passage about «alle kommuner» and «Norsk Helsenett».
    expect(response.citations[0]?.text).toMatch(/kommuner[\s\S]*Norsk Helsenett|Norsk Helsenett[\s\S]*kommuner/);
  });

  it('reads a follow-up in the light of the previous question', async () => {
    const first = 'når skal alle kommuner være tilknyttet Norsk Helsenett';
    const previous = await ask(first);
    const alone = await ask('og for fastlegene?');
    const followUp = await ask('og for fastlegene?', [
      { role: 'user', content: first },
      { role: 'assistant', content: previous.answer },
    ]);
    expect(followUp.abstained).toBe(false);
    expect(followUp.answer).toMatch(/tilknyttet Norsk Helsenett.*fastleger/);
    expect(followUp.answer).not.toBe(alone.answer);
    // How it was read is shown to the user, in the JSON and in the stream's closing `done` frame.
    expect(followUp.interpretedQuestion).toMatch(/Norsk Helsenett.*fastlegene/);
    const streamed = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        messages: [
          { role: 'user', content: first },
          { role: 'assistant', content: previous.answer },
          { role: 'user', content: 'og for fastlegene?' },
        ],
      }),
    });
    const done =
      (await streamed.text())
        .split('\n')
        .filter((line) => line.startsWith('data:') && line.includes('"done"'))
        .at(-1) ?? '';
    expect(JSON.parse(done.slice('data:'.length)).interpretedQuestion).toBe(followUp.interpretedQuestion);
  });

  it('returns search results whose spans slice original passages, in every mode', async () => {
    for (const mode of ['hybrid', 'dense', 'lexical']) {
      const response = await app.request(`/api/search?q=${encodeURIComponent('elektronisk fakturering')}&mode=${mode}&k=5`);
      const body = searchResponseSchema.parse(await response.json());
      expect(body.results.length).toBe(5);
      for (const result of body.results) {
        const words = flat(result.text)
          .split(' ')
          .filter((word) => /^\p{L}{6,}$/u.test(word))
          .slice(0, 5);
        const source = flat(original(result.file).slice(result.start, result.end));
        for (const word of words) expect(source).toContain(word);
      }
    }
  });

  it('answers concurrent questions exactly as it answers them one by one', async () => {
    const questions = [
      'hva er målet for Norsk Helsenett innen 2011',
      'når skal kommunene ta i bruk elektronisk fakturering',
      'hva er DigiFin',
      'kva er omsorgsteknologi',
    ];
    const sequential: Awaited<ReturnType<typeof ask>>[] = [];
    for (const question of questions) sequential.push(await ask(question));
    const concurrent = await Promise.all([...questions, ...questions, ...questions].map((question) => ask(question)));
    concurrent.forEach((response, index) => {
      expect(response).toEqual(sequential[index % questions.length]);
    });
  });

  it('filters search by document and by year', async () => {
    const byFile = searchResponseSchema.parse(await (await app.request('/api/search?q=digitalisering&file=003_1e7ef952f76f461a.txt')).json());
    expect(byFile.results.length).toBeGreaterThan(0);
    expect(new Set(byFile.results.map((result) => result.file))).toEqual(new Set(['003_1e7ef952f76f461a.txt']));
    const byYear = searchResponseSchema.parse(await (await app.request('/api/search?q=digitalisering&yearFrom=2025')).json());
    expect(byYear.results.length).toBeGreaterThan(0);
    expect(new Set(byYear.results.map((result) => result.file))).toEqual(new Set(['004_e63e0717304f0d3d.txt']));
  });
});
