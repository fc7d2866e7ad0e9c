/**
 * `npx tsx eval/src/fu-wrong-cli.ts [tune|test]`: why answerable follow-ups are answered with a citation that does not hold
 * the gold quote (diagnosis only, no behaviour change). Plays the split's conversations as the eval does (the assistant's own
 * answers as history) and, for every answerable turn after the first answered unsupported, prints where the gold passage
 * ranks among the reading's top 10 passages, whether the last answer cited it, and what was cited instead; and where the gold
 * passage stands relative to the passages the last answer cited (the same passage, near it: its section or directly beside, its
 * document, elsewhere), counted per kind of follow-up.
 * @module
 */
import {
  createIndexAssistant,
  defaultAnswerSettings,
  loadIndexParts,
  nearQuote,
  type ChatMessage,
  type ChatResponse,
  type IndexedChunk,
} from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { citationsCover, goldSpans, secondGoldSpans } from './relevance';

/** Where the gold passages stand relative to the passages the last answer cited. */
const relationTo = (gold: readonly IndexedChunk[], cited: readonly IndexedChunk[]): string => {
  if (cited.length === 0) return 'no last answer';
  if (gold.some((chunk) => cited.some((other) => other.id === chunk.id))) return 'same passage';
  if (gold.some((chunk) => cited.some((other) => nearQuote(chunk, other)))) return 'near it';
  return gold.some((chunk) => cited.some((other) => other.file === chunk.file)) ? 'same document' : 'elsewhere';
};

const main = async (): Promise<void> => {
  const split = process.argv[2] === 'test' ? 'test' : 'tune';
  const parts = await loadIndexParts(loadIngestConfig());
  const assistant = createIndexAssistant(parts);
  const model = defaultAnswerSettings.answerability;
  if (!model) throw new Error('no answerability model');
  // The ranking with every answer refused (a threshold no confidence reaches): `related` lists the reading's top passages.
  const forcedRefusal = createIndexAssistant({ ...parts, answer: { ...defaultAnswerSettings, related: 10, answerability: { ...model, threshold: 2 } } });
  const counts = new Map<string, number>();
  const relations = new Map<string, number>();
  const chunks = parts.retriever.chunks;
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
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
      const goldChunks = chunks.filter((chunk) => citationsCover([chunk], gold));
      const lastChunks = last?.abstained ? [] : (last?.citations.flatMap((citation) => byId.get(citation.chunkId) ?? []) ?? []);
      const relation = relationTo(goldChunks, lastChunks);
      relations.set(`${turn.kind}: ${relation}`, (relations.get(`${turn.kind}: ${relation}`) ?? 0) + 1);
      const bucket = goldRank < 0 ? 'gold not in top 10' : goldRank === 0 ? 'gold ranked 1st, not cited' : `gold ranked ${goldRank + 1}`;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      console.log(`${conversation.id}#${index} [${turn.kind}, ${turn.language}] ${turn.question}`);
      console.log(`  read: ${(response as { interpretedQuestion?: string }).interpretedQuestion ?? ''}`);
      console.log(
        `  gold rank ${goldRank}; gold ${relation} of the last answer's; last answer cited gold: ${lastCited}; cited ${response.citations.length} (${citedRepeats} cited last turn); cited gold's document: ${sameFile}`,
      );
      console.log(`  ranked: ${ranked.related.map((passage) => `${passage.chunkId.slice(0, 14)}${lastCitedIds.has(passage.chunkId) ? '*' : ''}`).join(' ')}`);
      console.log(`  cited:  ${response.citations.map((citation) => citation.chunkId.slice(0, 14)).join(' ')}`);
    }
  }
  console.log(`\nanswered unsupported follow-ups on ${split}:`);
  for (const [key, count] of [...counts].sort((left, right) => right[1] - left[1])) console.log(`  ${count}  ${key}`);
  console.log('\nwhere the gold passage stands, by kind of follow-up:');
  for (const [key, count] of [...relations].sort()) console.log(`  ${count}  ${key}`);
};

await main();
