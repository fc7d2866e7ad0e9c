import type { Assistant, SearchMode } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/**
 * The readiness self-query: before an index is served (at start-up and on every hot reload) one
 * tiny question, the first document's title, goes through every retrieval mode and the answer
 * path; each must find passages that lie inside their documents.
 */
const modes: SearchMode[] = ['lexical', 'dense', 'hybrid'];

const broken = (message: string) => new KildesvarError('index_corrupt', `${message}; run \`npm run ingest -- --force\` to rebuild the index.`);

export const selfQuery = async (assistant: Assistant): Promise<void> => {
  const first = assistant.documents()[0];
  if (!first) throw broken('The index holds no documents');
  const question = first.title;
  for (const mode of modes) {
    const results = await assistant.search(question, { k: 3, mode });
    if (results.length === 0) throw broken(`The self-test query «${question}» found nothing in ${mode} mode`);
    for (const result of results) {
      const document = assistant.documents().find((entry) => entry.file === result.file);
      if (!document || result.start < 0 || result.end > document.chars || result.start > result.end)
        throw broken(`The self-test query in ${mode} mode returned a passage (${result.file} ${result.start}–${result.end}) outside its document`);
    }
  }
  await assistant.chat([{ role: 'user', content: question }]);
};
