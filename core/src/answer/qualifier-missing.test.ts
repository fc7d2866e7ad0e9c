import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { termSetOf } from '../retrieval/indexed-chunk';
import { missingQualifiers } from './qualifier-missing';

const finnmark = { stem: analyze('finnmarkskommunene')[0] ?? '', name: analyze('finnmark'), head: analyze('kommunene') };

describe('a quote that carries a named compound only by its head', () => {
  it('misses the name when its passage never names it', () => {
    const quote = termSetOf('105 kommuner har siden 2017 fått tilskudd fra departementet.');
    expect(missingQualifiers([finnmark], [quote], [quote, termSetOf('Digihjelpen')])).toEqual([finnmark]);
  });

  it('carries it when the passage, its heading or the quote names the place, or the quote writes the compound', () => {
    const quote = termSetOf('105 kommuner har siden 2017 fått tilskudd.');
    expect(missingQualifiers([finnmark], [quote], [quote, termSetOf('Tilskudd til kommuner i Finnmark')])).toEqual([]);
    const compound = termSetOf('Finnmarkskommunene fikk 12 av tilskuddene.');
    expect(missingQualifiers([finnmark], [compound], [compound])).toEqual([]);
  });

  it('reads nothing when the quote does not write the head either', () => {
    const quote = termSetOf('Tilskuddet ble delt ut i 2019.');
    expect(missingQualifiers([finnmark], [quote], [quote])).toEqual([]);
  });
});
