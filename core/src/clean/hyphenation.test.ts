import { describe, expect, it } from 'vitest';
import { decideLineEndHyphen } from './hyphenation';
import { buildLexicon } from './lexicon';

// Corpus lines as evidence, the way the seeds provide it: joined and hyphenated forms elsewhere.
const corpus = [
  'utvikle norm for lokale samarbeidsavtaler mellom statsetaten og den enkelte kommune',
  'kommunene og helseforetakene via Helsenett og statlige etater',
  'Notatet er forankret i KommIT-rådet og KommIT-rådet er KS strategisk rådgivende organ',
  'nasjonale e-helseløsninger og e-helse',
  'fullverdig IKT-løsning for felles førstelinjekontorer',
  'må følge sørge-for-ansvaret',
];
const lexicon = buildLexicon(corpus);

describe('decideLineEndHyphen', () => {
  it('joins a word the corpus writes whole (000: «ev. ut-» / «vikle norm»)', () => {
    expect(decideLineEndHyphen('ut-', 'vikle', lexicon)).toEqual({ decision: 'join', evidence: 'corpus-joined' });
    expect(decideLineEndHyphen('Helse-', 'nett', lexicon).decision).toBe('join');
  });

  it('removes only the line-end hyphen of a compound with an acronym (000: «IKT-løs-» / «ning»)', () => {
    expect(decideLineEndHyphen('IKT-løs-', 'ning', lexicon)).toEqual({ decision: 'join', evidence: 'corpus-joined' });
  });

  it('keeps a hyphen the corpus writes (004: «KommIT-» / «rådet», «e-» / «helseløsninger», «sørge-for-» / «ansvaret»)', () => {
    expect(decideLineEndHyphen('KommIT-', 'rådet', lexicon)).toEqual({ decision: 'keep', evidence: 'corpus-hyphenated' });
    expect(decideLineEndHyphen('e-', 'helseløsninger', lexicon).decision).toBe('keep');
    expect(decideLineEndHyphen('sørge-for-', 'ansvaret', lexicon).decision).toBe('keep');
  });

  it('keeps a shared-part hyphen with its space (000: «helse-» / «og omsorgstjenesten»)', () => {
    expect(decideLineEndHyphen('helse-', 'og', lexicon)).toEqual({ decision: 'spaced', evidence: 'shared-part' });
    expect(decideLineEndHyphen('stat-', 'eller', lexicon).decision).toBe('spaced');
  });

  it('keeps the hyphen after an acronym or a single letter without corpus evidence (004: «RHF-» / «strukturen»)', () => {
    expect(decideLineEndHyphen('RHF-', 'strukturen', lexicon)).toEqual({ decision: 'keep', evidence: 'acronym-or-letter' });
    expect(decideLineEndHyphen('e-', 'helsekostnader', lexicon).decision).toBe('keep');
  });

  it('keeps «ikke-» as Norwegian writes it (004: «ikke-» / «kompenserte»)', () => {
    expect(decideLineEndHyphen('ikke-', 'kompenserte', lexicon)).toEqual({ decision: 'keep', evidence: 'hyphen-prefix' });
  });

  it('joins on word-list evidence when the corpus has neither form', () => {
    const withList = buildLexicon(corpus, ['hjemmefra']);
    expect(decideLineEndHyphen('hjem-', 'mefra', withList)).toEqual({ decision: 'join', evidence: 'word-list-joined' });
    expect(decideLineEndHyphen('hjem-', 'mefra', lexicon)).toEqual({ decision: 'join', evidence: 'fallback-join' });
  });

  it('ends the paragraph instead of joining across a page when nothing says the halves belong together (000: «IKT-løs-» / « elever»)', () => {
    expect(decideLineEndHyphen('IKT-løs-', 'elever', lexicon, true)).toEqual({ decision: 'break', evidence: 'page-break-no-evidence' });
    expect(decideLineEndHyphen('ut-', 'vikle', lexicon, true).decision).toBe('join');
  });
});
