import type { Assistant, ChatMessage } from '@kildesvar/core';

/**
 * What a long conversation costs: CPU time per chat request when the client sends 50 messages of
 * 20,000 characters before a short follow-up, against a fresh question. The dialogue state reads
 * only the last turns, cut to a bounded length, so the ratio should stay small (issue 11: ≤ 3).
 */
export interface HistoryCostReport {
  questions: number;
  messagesInHistory: number;
  charsPerMessage: number;
  /** Mean CPU milliseconds (user + system) per request. */
  normalCpuMs: number;
  longHistoryCpuMs: number;
  ratio: number;
}

const cpuMsOf = async (work: () => Promise<unknown>): Promise<number> => {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

export const measureHistoryCost = async (assistant: Pick<Assistant, 'chat'>, questions: readonly string[], passes: number): Promise<HistoryCostReport> => {
  const messagesInHistory = 50;
  const charsPerMessage = 20_000;
  const filler = (seed: string) => `${seed} `.repeat(Math.ceil(charsPerMessage / (seed.length + 1))).slice(0, charsPerMessage);
  const history = (question: string): ChatMessage[] => [
    ...Array.from(
      { length: messagesInHistory - 1 },
      (_, index): ChatMessage =>
        index % 2 === 0 ? { role: 'user', content: filler(question) } : { role: 'assistant', content: filler('Svar fra dokumentene [1]') },
    ),
    { role: 'user', content: 'og hva med fylkeskommunene i 2011?' },
  ];
  // A warm-up pass (JIT, caches) is not counted.
  for (const question of questions.slice(0, 5)) {
    await assistant.chat([{ role: 'user', content: question }]);
    await assistant.chat(history(question));
  }
  let normal = 0;
  let long = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    for (const question of questions) {
      normal += await cpuMsOf(() => assistant.chat([{ role: 'user', content: question }]));
      const messages = history(question);
      long += await cpuMsOf(() => assistant.chat(messages));
    }
  }
  const count = questions.length * passes;
  const normalCpuMs = normal / count;
  const longHistoryCpuMs = long / count;
  return { questions: questions.length, messagesInHistory, charsPerMessage, normalCpuMs, longHistoryCpuMs, ratio: longHistoryCpuMs / normalCpuMs };
};
