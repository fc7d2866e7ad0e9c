import {
  buildLexicon,
  cleanDocument,
  DEFAULT_WORD_LIST_PATHS,
  documentBlocks,
  loadWordList,
  type Assistant,
  type DocumentBlock,
  type Lexicon,
} from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';
import { Hono } from 'hono';
import type { AssistantSource } from '../assistant-source';

export interface DocumentsRouteOptions {
  /** Word lists for hyphen repair in the readable view (default: Debian's wnorwegian). */
  wordListPaths?: readonly string[];
}

/**
 * The readable blocks of each document, cleaned the way ingest cleans them (same lexicon: the
 * corpus plus the word lists), built on first request and kept per loaded assistant.
 */
const blockCache = (wordListPaths: readonly string[]) => {
  const lexicons = new WeakMap<Assistant, Promise<Lexicon>>();
  const blocks = new WeakMap<Assistant, Map<string, DocumentBlock[]>>();
  const buildLexiconOf = async (assistant: Assistant): Promise<Lexicon> => {
    // One document at a time: the database store fetches each original (and keeps only a few).
    const originals: string[] = [];
    for (const summary of assistant.documents()) originals.push((await assistant.document(summary.file))?.text ?? '');
    return buildLexicon(originals, loadWordList(wordListPaths).words);
  };
  const lexiconOf = (assistant: Assistant): Promise<Lexicon> => {
    let lexicon = lexicons.get(assistant);
    if (lexicon === undefined) {
      lexicon = buildLexiconOf(assistant);
      lexicons.set(assistant, lexicon);
      // A failed build is not kept: the next request tries again.
      lexicon.catch(() => lexicons.delete(assistant));
    }
    return lexicon;
  };
  return async (assistant: Assistant, file: string, original: string): Promise<DocumentBlock[]> => {
    let perFile = blocks.get(assistant);
    if (perFile === undefined) {
      perFile = new Map();
      blocks.set(assistant, perFile);
    }
    let result = perFile.get(file);
    if (result === undefined) {
      result = documentBlocks(cleanDocument(original, await lexiconOf(assistant)));
      perFile.set(file, result);
    }
    return result;
  };
};

export const documentsRoute = (source: AssistantSource, options: DocumentsRouteOptions = {}) => {
  const blocksOf = blockCache(options.wordListPaths ?? DEFAULT_WORD_LIST_PATHS);
  return new Hono()
    .get('/', (context) => context.json(source.require().documents(), 200))
    .get('/:file', async (context) => {
      const file = context.req.param('file');
      const assistant = source.require();
      const document = await assistant.document(file);
      if (!document) throw new KildesvarError('not_found', `Unknown document: ${file}. GET /api/documents lists them.`);
      // The readable blocks cost a cleaning pass (and, once, the lexicon): only for those who ask.
      const wantsBlocks = ['1', 'true'].includes(context.req.query('blocks') ?? '');
      return context.json(wantsBlocks ? { ...document, blocks: await blocksOf(assistant, file, document.text) } : document, 200);
    });
};
