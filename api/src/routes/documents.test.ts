import { documentDetailSchema, type Assistant } from '@kildesvar/core';
import { describe, expect, it } from 'vitest';
import { readySource } from '../assistant-source';
import { createFakeAssistant } from '../fake-assistant';
import { documentsRoute } from './documents';

const original = 'Infrastruktur\n\nI løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse-\nnett og ***samhandle*** elektronisk.';

/** The fake assistant with one PDF-like document, to see the cleaning in the readable blocks. */
const assistantWith = (text: string): Assistant => {
  const fake = createFakeAssistant();
  return {
    ...fake,
    document: async (file) => {
      const document = await fake.document(file);
      return document === null ? null : { ...document, text, chars: text.length };
    },
  };
};

describe('GET /api/documents/:file', () => {
  it('adds readable blocks from the cleaned text on ?blocks=1, while `text` stays the original', async () => {
    const route = documentsRoute(readySource(assistantWith(original)), { wordListPaths: [] });
    expect(((await (await route.request('/a.txt')).json()) as { blocks?: unknown }).blocks).toBeUndefined();
    const response = await route.request('/a.txt?blocks=1');
    expect(response.status).toBe(200);
    const document = documentDetailSchema.parse(await response.json());
    expect(document.text).toBe(original);
    expect(document.blocks?.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Infrastruktur'],
      ['paragraph', 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og samhandle elektronisk.'],
    ]);
    const paragraph = document.blocks?.[1];
    expect(original.slice(paragraph?.start, paragraph?.end)).toBe(original.slice(original.indexOf('I løpet')));
  });
});
