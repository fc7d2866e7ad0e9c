import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { acronymOf, definedTerm, definesAcronym, definesTerm, definitionFocus, givesDefinition } from './definition';

describe('definedTerm', () => {
  it('reads the term before a defining verb near the start of the first clause, and the word after «Med» in «Med X menes»', () => {
    expect(definedTerm('Maskinporten er en løsning for tilgangsstyring.')).toEqual({ words: ['Maskinporten'], verbAt: 1, meant: false });
    expect(definedTerm('Med ”omsorgsteknologi” menes IKT-baserte løsninger:')).toEqual({ words: ['omsorgsteknologi'], verbAt: 2, meant: true });
    expect(definedTerm('- 1) PKI = Public Key Infrastructure')?.words).toEqual(['PKI']);
    expect(definedTerm('Kommunene bruker Maskinporten til mye, og det er bra.')).toBeNull();
    expect(definedTerm('Med infrastruktur på plass kan kommunene samhandle.')).toBeNull();
  });

  it('reads no definition in «X viser at …», which reports a finding, but one in «X viser …» without «at»', () => {
    expect(definedTerm('Tall fra SSB viser at mens 99 % av de unge har brukt PC, har bare 36 % av de eldre gjort det.')).toBeNull();
    expect(givesDefinition('Tall fra SSB viser at de eldre bruker PC mindre.', new Set(analyze('tallene')))).toBe(false);
    expect(definedTerm('Figuren viser antall kommuner per fylke.')?.words).toEqual(['Figuren']);
  });

  it('is the one reading behind the second stage’s cue and the answer’s sentence choice', () => {
    const focus = new Set(analyze('infrastruktur'));
    expect(givesDefinition('Infrastruktur i kommunene omfatter nettverk.', focus)).toBe(true);
    expect(givesDefinition('Nettverk og programvare er infrastruktur.', focus)).toBe(false);
    expect(definesTerm('Infrastruktur i kommunene omfatter nettverk.', (words) => words.toLowerCase().includes('infrastruktur'), [])).toBe(true);
  });
});

describe('definesTerm', () => {
  const carries = (term: string) => (prefix: string) => prefix.toLowerCase().includes(term);

  it('finds the sentence that defines the asked term near its start, in bokmål, nynorsk and with an acronym spelled out', () => {
    expect(definesTerm('Maskinporten er en løsning for tilgangsstyring.', carries('maskinporten'), [])).toBe(true);
    expect(definesTerm('Med ”omsorgsteknologi” menes IKT-baserte løsninger:', carries('omsorgsteknologi'), [])).toBe(true);
    expect(definesTerm('PKI = Public Key Infrastructure', carries('nothing'), ['PKI'])).toBe(true);
    expect(definesTerm('Selskapet er eid av Kommunesektorens Organisasjon (KS).', carries('nothing'), ['KS'])).toBe(true);
    expect(definesTerm('Kommunene bruker Maskinporten til mye, og det er bra.', carries('maskinporten'), [])).toBe(false);
    expect(definesTerm('KS vil bidra til dette.', carries('nothing'), ['KS'])).toBe(false);
  });
});

describe('definesAcronym', () => {
  it('accepts a sentence that spells the acronym out or defines it on its own', () => {
    expect(definesAcronym('KS Digital er et aksjeselskap eid av Kommunesektorens Organisasjon (KS).', 'KS')).toBe(true);
    expect(definesAcronym('1) PKI = Public Key Infrastructure – infrastruktur for signering', 'PKI')).toBe(true);
    expect(definesAcronym('WAI – Web Accessibility Initiative', 'WAI')).toBe(true);
    expect(definesAcronym('NAV er arbeids- og velferdsforvaltningen.', 'NAV')).toBe(true);
  });

  it('rejects a longer name that opens with the acronym, or a sentence that only uses it', () => {
    expect(definesAcronym('KS Digital er et aksjeselskap.', 'KS')).toBe(false);
    expect(definesAcronym('KS rolle er fundert i felles strategier.', 'KS')).toBe(false);
    expect(definesAcronym('Kommunene bruker PKI til signering.', 'PKI')).toBe(false);
  });

  it('is the definition cue for an acronym focus', () => {
    const focus = new Set(['ks']);
    expect(givesDefinition('KS rolle er fundert i felles strategier.', focus)).toBe(true);
    expect(givesDefinition('KS rolle er fundert i felles strategier.', focus, 'KS')).toBe(false);
  });
});

describe('acronymOf', () => {
  it('reads one acronym, written once or as its translations', () => {
    expect(acronymOf('KS')).toBe('KS');
    expect(acronymOf('KS KS')).toBe('KS');
    expect(acronymOf('infrastruktur')).toBeUndefined();
    expect(acronymOf('KS Digital')).toBeUndefined();
    expect(acronymOf(undefined)).toBeUndefined();
  });
});

describe('what a definition question asks about, and the sentences that define it', () => {
  it('reads «hva går X ut på», «kva inneber X», «hva handler X om» and an adverb after «hva er» as asking about X', () => {
    expect(definitionFocus('Hva går journalløftet ut på?')).toBe('journalløftet');
    expect(definitionFocus('Kva inneber tenesteorientering?')).toBe('tenesteorientering');
    expect(definitionFocus('Hva handler Samspill 2.0 om?')).toBe('Samspill');
    expect(definitionFocus('Hva er egentlig Maskinporten?')).toBe('Maskinporten');
    expect(definitionFocus('Kva er så digital kompetanse?')).toBe('digital');
    expect(definitionFocus('Hva går pengene til?')).toBeNull();
    expect(definitionFocus('Hvor mange kommuner går sammen om journalløftet?')).toBeNull();
  });

  it('reads the word right after a passive «defineres» as asked about, and skips an active verb’s subject', () => {
    expect(definitionFocus('Hvordan defineres åpen kildekode?')).toBe('åpen');
    expect(definitionFocus('Korleis definerast open kjeldekode?')).toBe('open');
    expect(definitionFocus('Hvordan definerer KS åpen kildekode?')).toBe('åpen');
  });

  it('reads «X går ut på», «X handler om», a lower-case colon gloss and an apposition as defining X; a label before a sentence not', () => {
    const focus = new Set(analyze('journalløft'));
    expect(givesDefinition('Journalløftet går ut på å anskaffe felles journal.', focus)).toBe(true);
    expect(givesDefinition('Journalløftet handler om felles krav.', focus)).toBe(true);
    expect(givesDefinition('Journalløft: felles anskaffelse av journal for kommunene.', focus)).toBe(true);
    expect(givesDefinition('Journalløftet, et samarbeid mellom kommunene, startet i 2021.', focus)).toBe(true);
    expect(givesDefinition('Journalløft: Kommunene skal anskaffe felles journal.', focus)).toBe(false);
    expect(givesDefinition('Journalløftet går bra, sier KS.', focus)).toBe(false);
    expect(definedTerm('Kommunene, som eier løsningen, betaler for den.')).toBeNull();
  });
});
