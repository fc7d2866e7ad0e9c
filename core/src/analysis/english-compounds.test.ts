import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { corpusCompounds, joinCorpusCompounds, type PlacedTranslation } from './english-compounds';

const vocabulary = new Set(analyze('Arkitekturprinsippene, journalsystemet, velferdsteknologi og nasjonale e-helseløsninger; arkitektur, prinsipp, system.'));

describe('corpusCompounds', () => {
  it('joins translations into the compounds the corpus writes, with the joints Norwegian uses', () => {
    const compounds = (first: string[], second: string[]): string[] => corpusCompounds(first, second, vocabulary).map((found) => found.compound);
    expect(compounds(['arkitektur'], ['prinsipp'])).toEqual(['arkitekturprinsipp']);
    expect(compounds(['velferd'], ['teknologi'])).toEqual(['velferdsteknologi']);
    expect(compounds(['e-helse'], ['løsning'])).toEqual(['e-helseløsning']);
    expect(compounds(['spille inn', 'journal'], ['system'])).toEqual(['journalsystem']);
    // The words a compound joins are kept with it.
    expect(corpusCompounds(['velferd'], ['teknologi'], vocabulary)).toEqual([{ compound: 'velferdsteknologi', head: 'velferd', tail: 'teknologi' }]);
  });

  it('makes no compound the corpus does not write', () => {
    expect(corpusCompounds(['nasjonal'], ['løsning'], vocabulary)).toEqual([]);
    expect(corpusCompounds(['prinsipp'], ['arkitektur'], vocabulary)).toEqual([]);
    // «leverandør» + «ende» stems as «leverandør»: the first part inflected, not a compound, though the corpus writes the stem.
    expect(corpusCompounds(['leverandør'], ['ende'], new Set(analyze('leverandøren og enden')))).toEqual([]);
    expect(corpusCompounds(['innsats', 'plan'], ['ende'], new Set(analyze('innsatsen, planen og enden')))).toEqual([]);
  });
});

describe('joinCorpusCompounds', () => {
  const merge = (first: PlacedTranslation, second: PlacedTranslation, compounds: string[], parts: string[]): PlacedTranslation => ({
    start: first.start,
    end: second.end,
    norwegian: compounds,
    joinable: true,
    parts,
  });
  const term = (start: number, norwegian: string[], joinable = true): PlacedTranslation => ({ start, end: start + 1, norwegian, joinable });

  it('joins adjacent joinable terms only', () => {
    const [joined, ...rest] = joinCorpusCompounds([term(0, ['arkitektur']), term(1, ['prinsipp'])], vocabulary, merge);
    expect(rest).toEqual([]);
    expect(joined?.norwegian).toEqual(['arkitekturprinsipp']);
    expect(joined?.parts).toEqual(['arkitektur', 'prinsipp']);
    // A word left out between them («architecture of principles»), or a term that may not join (a name), keeps them apart.
    expect(joinCorpusCompounds([term(0, ['arkitektur']), term(2, ['prinsipp'])], vocabulary, merge)).toHaveLength(2);
    expect(joinCorpusCompounds([term(0, ['arkitektur'], false), term(1, ['prinsipp'])], vocabulary, merge)).toHaveLength(2);
    expect(joinCorpusCompounds([term(0, ['arkitektur']), term(1, ['prinsipp'])], undefined, merge)).toHaveLength(2);
  });

  it('joins by translations read only in a compound, also of a term that does not join by its own words', () => {
    const partOnly = (start: number, norwegian: string[], compoundOnly: string[], joinable = true): PlacedTranslation => ({
      ...term(start, norwegian, joinable),
      compoundOnly,
    });
    const joined = joinCorpusCompounds([partOnly(0, ['shared'], ['velferd'], false), term(1, ['teknologi'])], vocabulary, merge);
    expect(joined.map((found) => found.norwegian)).toEqual([['velferdsteknologi']]);
    expect(joined[0]?.parts).toEqual(['velferd', 'teknologi']);
    // The words of a term that may not join stay out of compounds («shared» is not a Norwegian part).
    expect(joinCorpusCompounds([partOnly(0, ['arkitektur'], [], false), term(1, ['prinsipp'])], vocabulary, merge)).toHaveLength(2);
  });
});
