/**
 * `npx tsx eval/src/fu-wrong-cli.ts [tune|test]`: why answerable follow-ups are answered with a citation that does not hold
 * the gold quote (diagnosis only, no behaviour change). Plays the split's conversations as the eval does (the assistant's own
 * answers as history) and, for every answerable turn after the first answered unsupported, prints where the gold passage
 * ranks among the reading's top 10 passages, whether the last answer cited it, and what was cited instead.
 * @module
 */
import { createIndexAssistant, defaultAnswerSettings, loadIndexParts, type ChatMessage, type ChatResponse } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { citationsCover, goldSpans, secondGoldSpans } from './relevance';

const main = async (): Promise<void> => {
  const split = process.argv[2] === 'test' ? 'test' : 'tune';
  const parts = await loadIndexParts(loadIngestConfig());
  const assistant = createIndexAssistant(parts);
  const model = defaultAnswerSettings.answerability;
  if (!model) throw new Error('no answerability model');
  // The ranking with every answer refused (a threshold no confidence reaches): `related` lists the reading's top passages.
  const forcedRefusal = createIndexAssistant({ ...parts, answer: { ...defaultAnswerSettings, related: 10, answerability: { ...model, threshold: 2 } } });
  const counts = new Map<string, number>();
  for (const conversation of loadConversationSet().filter((candidate) => conversationSplitOf(candidate.id) === split)) {
    const messages: ChatMessage[] = [];
    let previous: ChatResponse | null = null;
    for (const [index, turn] of conversation.turns.entries()) {
      messages.push({ role: 'user', content: turn.question });
      const response: ChatResponse = await assistant.chat([...messages]);
      messages.push({ role: 'assistant', content: response.answer });
      const gold = [...goldSpans(turn, parts.originals), ...secondGoldSpans(turn, parts.originals)];
      const last = previous;
      previous = response;
      if (index === 0 || !turn.answerable || response.abstained || citationsCover(response.citations, gold)) continue;
      const ranked = await forcedRefusal.chat(messages.slice(0, -1));
      const goldRank = ranked.related.findIndex((passage) => citationsCover([passage], gold));
      const lastCited = last !== null && !last.abstained && citationsCover(last.citations, gold);
      const lastCitedIds = new Set(last?.abstained ? [] : (last?.citations.map((citation) => citation.chunkId) ?? []));
      const citedRepeats = response.citations.filter((citation) => lastCitedIds.has(citation.chunkId)).length;
      const sameFile = response.citations.some((citation) => citation.file === turn.file);
      const bucket = goldRank < 0 ? 'gold not in top 10' : goldRank === 0 ? 'gold ranked 1st, not cited' : `gold ranked ${goldRank + 1}`;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      console.log(`${conversation.id}#${index} [${turn.kind}, ${turn.language}] ${turn.question}`);
      console.log(`  read: ${(response as { interpretedQuestion?: string }).interpretedQuestion ?? ''}`);
      console.log(
        `  gold rank ${goldRank}; last answer cited gold: ${lastCited}; cited ${response.citations.length} (${citedRepeats} cited last turn); cited gold's document: ${sameFile}`,
      );
      console.log(`  ranked: ${ranked.related.map((passage) => `${passage.chunkId.slice(0, 14)}${lastCitedIds.has(passage.chunkId) ? '*' : ''}`).join(' ')}`);
      console.log(`  cited:  ${response.citations.map((citation) => citation.chunkId.slice(0, 14)).join(' ')}`);
    }
  }
  console.log(`\nanswered unsupported follow-ups on ${split}:`);
  for (const [key, count] of [...counts].sort((left, right) => right[1] - left[1])) console.log(`  ${count}  ${key}`);
};

await main();
