import { describe, expect, it } from 'vitest';
import { emptyLanguageResources, WordKnowledge } from '../analysis';
import { termSetOf } from '../retrieval/indexed-chunk';
import { prepareQuery } from '../retrieval/query';
import type { RankedChunk } from '../retrieval/retriever';
import { abstentionReason } from './messages';

describe('abstentionReason', () => {
  it('names a compound the closest passage meets by its modifier only as not mentioned («hjelpemiddelformidlingen» ~ «hjelpemidler»)', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { hjelpemidler: ['hjelpemiddel'], formidling: ['formidling'] } });
    const prepared = prepareQuery('Hjelpemiddelformidlingen?', null);
    const words = prepared.terms.stems.map(() => ({ lemmas: [], parts: ['hjelpemiddel', 'formidling'] }));
    const query = { ...prepared, terms: { ...prepared.terms, words } };
    const closest = (text: string) => ({ chunk: { terms: termSetOf(text, knowledge) } }) as unknown as RankedChunk;
    expect(abstentionReason(query, closest('Kommunen låner ut hjelpemidler.'), null, false, 'nb')).toContain('nevner ikke «Hjelpemiddelformidlingen»');
    expect(abstentionReason(query, closest('Formidling av hjelpemidler.'), null, false, 'nb')).not.toContain('nevner ikke');
  });
});
