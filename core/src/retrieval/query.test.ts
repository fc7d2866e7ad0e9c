import { describe, expect, it } from 'vitest';
import { analyze, emptyLanguageResources, WordFilter, WordKnowledge } from '../analysis';
import { compoundsAmong, correctSpelling, entityStems, nameGroups, prepareQuery, withContext } from './query';
import { matchStrength, rankingTerms, withoutRankingSynonyms } from './evidence';
import { termSetOf } from './indexed-chunk';

describe('names in a question', () => {
  it('groups capitalised words and acronyms that stand together, not the opening word', () => {
    expect(nameGroups('Hva gjør KS Digital for Helse Finnmark?')).toEqual([
      ['ks', 'digital'],
      ['hels', 'finnmark'],
    ]);
  });

  it('reads an acronym joined to a common noun as the acronym alone: «IKT-kompetanse» names no one', () => {
    expect(nameGroups('Hva sier planen om de ansattes IKT-kompetanse?')).toEqual([['ikt']]);
    expect(nameGroups('Hvordan brukes PLO-systemet i Helse-Bergen?')).toEqual([['plo'], ['hels', 'berg', 'helseberg']]);
  });

  it('reads a number glued to capitals («5G», «3D») as an acronym, not its letters alone as a name', () => {
    expect(nameGroups('Kva bruksområde nemner departementet for sensorane i 5G-nettet?')).toEqual([['5g']]);
    expect(nameGroups('Hvorfor vil 5G kreve fiber helt ut?')).toEqual([['5g']]);
    expect(entityStems('Hvordan brukes 3D i byggesaker?')).toEqual(['3d']);
    // A number before a hyphen or a lowercase word is no part of a name: «2018-planen», «5 kommuner».
    expect(nameGroups('Hva sier 2018-planen om 5 kommuner?')).toEqual([]);
  });

  it('reads an acronym compound as an entity by its acronym, and as a whole only where the texts write the compound', () => {
    const vocabulary = new Set(['ikt', 'plo', 'plosystem', 'system', 'utstyr']);
    expect(entityStems('Hvem betaler for IKT-utstyret i skolen?', undefined, vocabulary)).toEqual(['ikt']);
    expect(entityStems('Hvordan brukes PLO-systemet?', undefined, vocabulary)).toEqual(['plo', 'plosystem']);
    // A name joined to a lowercase common noun the same way: «Altinn-plattformen» names Altinn, and is a name as a whole only if the texts write it.
    expect(entityStems('Hva kan bygges på Altinn-plattformen?', undefined, new Set(['altinn', 'plattform']))).toEqual(['altinn']);
    expect(entityStems('Hva kan bygges på Altinn-plattformen?', undefined, new Set(['altinn', 'altinnplattform']))).toEqual(['altinn', 'altinnplattform']);
    // Without the corpus's words, as before: every piece.
    expect(entityStems('Hvem betaler for IKT-utstyret i skolen?')).toEqual(['ikt', 'utstyr', 'iktutstyr']);
  });

  it('reads a legal form ending a name («AS», «SF», «RHF») as part of that name, not a name of its own', () => {
    expect(nameGroups('Skal KS Digitale fellestjenester AS gi utbytte?')).toEqual([['ks', 'digital']]);
    expect(nameGroups('Hva gjør Norsk helsenett SF?')).toEqual([['norsk']]);
    expect(nameGroups('Hva mener Helse Nord RHF?')).toEqual([['hels', 'nord']]);
    expect(entityStems('Hva gjør Vigo IKS?')).toEqual(['vigo']);
    // The same letters standing alone or after a function word are a name: «KS» of «samarbeid med KS».
    expect(nameGroups('Hvordan samarbeider Helse Nord med KS?')).toEqual([['hels', 'nord'], ['ks']]);
    expect(nameGroups('Hva gjør KS?')).toEqual([['ks']]);
    // «KS» is the body KS even right after another name, as a verb-second question sets an object after its subject.
    expect(entityStems('Hvorfor kritiserer Legeforeningen KS?')).toContain('ks');
  });

  it('reads names in a question typed in lowercase from what the corpus and the word lists write capitalised', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      names: ['ks', 'danmark', 'legeforeningen'],
      acronyms: [{ short: 'NHN', long: 'Norsk Helsenett SF', source: 'test' }],
    });
    const lowercase = prepareQuery('hva mener legeforeningen og ks om danmarks mål for nhn og ks-ikt-samarbeidet', null, undefined, knowledge);
    expect(lowercase.names).toEqual([['legeforening'], ['ks'], ['danmark'], ['nhn'], ['ks']]);
    expect(lowercase.entities).toEqual(expect.arrayContaining(['legeforening', 'ks', 'danmark', 'nhn']));
    expect(prepareQuery('hva mener legeforeningen om listen', null).names).toEqual([]);
    // An English question's words are English: «it» is no acronym there.
    expect(prepareQuery('What does it cost in Denmark?', null, undefined, knowledge).entities).not.toContain('it');
  });

  it('reads a Norwegian question with its misspelt words corrected, names and English left as typed', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { omsorgssystem: ['omsorgssystem'] },
      knownWords: WordFilter.build(['omsorgssystem', 'hvor', 'mange', 'kommuner', 'bruker']).toData(),
    });
    expect(correctSpelling('Hvor mange kommuner bruker omsorsgsystem og Omsorsgsystem?', knowledge)).toBe(
      'Hvor mange kommuner bruker omsorgssystem og Omsorsgsystem?',
    );
    expect(prepareQuery('Hvor mange kommuner bruker omsorsgsystem?', null, undefined, knowledge).terms.stems).toContain('omsorgssystem');
    expect(prepareQuery('How many use omsorsgsystem?', null, undefined, knowledge).original).toBe('How many use omsorsgsystem?');
  });

  it('reads a clipped name of a body as the name the texts write in full', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), names: ['brønnøysundregistrene', 'altinn', 'difi'] });
    const vocabulary = new Set(['brønnøysundregistrene', 'altinn', 'difi'].flatMap((word) => analyze(word)));
    expect(correctSpelling('Hvorfor skal Altinn flyttes fra Brreg til Difi?', knowledge, vocabulary)).toBe(
      'Hvorfor skal Altinn flyttes fra Brønnøysundregistrene til Difi?',
    );
  });
});

describe('a proper name the texts never write', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    names: ['finland', 'estland'],
    lemmas: { land: ['land'] },
    parts: { finland: ['finn', 'land'], skoleland: ['skole', 'land'] },
  });
  const wordOf = (question: string, word: string, vocabulary: ReadonlySet<string>) => {
    const { terms } = prepareQuery(question, null, vocabulary, knowledge);
    return terms.words?.[terms.stems.indexOf(analyze(word)[0] ?? '')];
  };
  const sentence = termSetOf('Her kan det være noe å lære fra land som Estland og Ukraina.');

  it('is not read by the common words its letters spell: «Finland» is not mentioned by «land»', () => {
    const vocabulary = new Set(['land', 'estland', 'lær']);
    const finland = wordOf('Og hva er lovfestet i Finland?', 'Finland', vocabulary);
    expect(finland?.parts).toEqual([]);
    expect(matchStrength(analyze('Finland')[0] ?? '', finland, sentence)).toBe(0);
    // A common compound the texts never write keeps its parts, and so does a name the texts write.
    expect(wordOf('Hva er et skoleland?', 'skoleland', vocabulary)?.parts).toEqual(['skole', 'land']);
    expect(wordOf('Og i Finland?', 'Finland', new Set([...vocabulary, 'finland']))?.parts).toEqual(['finn', 'land']);
  });
});

describe('synonyms of a compound’s head', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { program: ['program'], kommune: ['kommune'], støtte: ['støtte'], penger: ['penge'] },
    parts: { kommuneprogrammet: ['kommune', 'program'], pengestøtte: ['penge', 'støtte'] },
    synonyms: { program: ['plan', 'prosjekt'], støtte: ['tilskudd'] },
  });
  const headSynonymsOf = (question: string, word: string, vocabulary: ReadonlySet<string>) => {
    const { terms } = prepareQuery(question, null, vocabulary, knowledge);
    return terms.words?.[terms.stems.indexOf(analyze(word)[0] ?? '')]?.headSynonyms;
  };

  it('are read for a compound the corpus writes, not for one no text writes', () => {
    const vocabulary = new Set([...analyze('kommuneprogrammet prosjekt plan tilskudd')]);
    expect(headSynonymsOf('Hva skal kommuneprogrammet gjøre?', 'kommuneprogrammet', vocabulary)).toEqual(['plan', 'prosjekt']);
    expect(headSynonymsOf('Hvem får pengestøtte?', 'pengestøtte', vocabulary)).toBeUndefined();
    expect(headSynonymsOf('Hvem får pengestøtte?', 'pengestøtte', new Set([...vocabulary, ...analyze('pengestøtte')]))).toEqual(['tilskudd']);
  });

  it('are read for a compound no text writes whose head is a form of a headword no corpus word is a form of', () => {
    const withForms = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { teknologi: ['teknologi'], kostnad: ['kostnad'] },
      formSynonyms: { utgiftene: ['kostnad'] },
    });
    const vocabulary = new Set([...analyze('teknologi kostnad')]);
    const words = (question: string) => prepareQuery(question, null, vocabulary, withForms).terms.words ?? [];
    expect(words('Hvor mye øker teknologiutgiftene?').find((word) => word.headSynonyms)?.headSynonyms).toEqual(['kostnad']);
    // The modifier must be a known word: «xyzutgiftene» is no compound the tables can read.
    expect(words('Hvor mye øker xyzqutgiftene?').some((word) => word.headSynonyms)).toBe(false);
  });
});

describe('a nynorsk word no lemma table holds', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { ferdighet: ['ferdighet'], kompetanse: ['kompetanse'], tilsett: ['ansatt'], tilsette: ['ansatt'] },
    formSynonyms: { dugleiken: ['ferdighet', 'kompetanse'], utgiftene: ['kostnad'] },
  });
  const vocabulary = new Set(analyze('ferdighet kompetanse ansatte kostnad'));
  const wordOf = (question: string, word: string) => {
    const { terms } = prepareQuery(question, null, vocabulary, knowledge);
    return terms.words?.[terms.stems.indexOf(analyze(word)[0] ?? '')];
  };

  it("keeps its ranking synonyms (its bokmål translation's) as synonyms in a nynorsk question, also where ranking synonyms are dropped", () => {
    const prepared = prepareQuery('Korleis skal dei tilsette auke dugleiken sin?', null, vocabulary, knowledge);
    const index = prepared.terms.stems.indexOf(analyze('dugleiken')[0] ?? '');
    expect(prepared.terms.words?.[index]?.synonyms).toEqual(['ferdighet', 'kompetanse']);
    // A follow-up leaning on the last answer reads the terms without ranking synonyms: the word is still half met.
    const leaning = withoutRankingSynonyms(prepared.terms);
    const sentence = termSetOf('De ansatte trenger bedre kompetanse.', knowledge);
    expect(matchStrength(analyze('dugleiken')[0] ?? '', leaning.words?.[index], sentence)).toBe(0.5);
  });

  it('keeps them for ranking only in a bokmål question', () => {
    const word = wordOf('Hvor mye øker utgiftene for de ansatte?', 'utgiftene');
    expect(word?.rankingSynonyms).toEqual(['kostnad']);
    expect(word?.synonyms ?? []).toEqual([]);
  });

  it('searches no ranking synonym: the thesaurus senses of a word no text writes are as often another sense', () => {
    const { text } = prepareQuery('Hvor mye øker utgiftene for de ansatte?', null, vocabulary, knowledge);
    expect(text.split(' ')).not.toContain('kostnad');
  });
});

describe('compounds the texts write with a synonym of the head', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { nett: ['nett'], forbindelse: ['forbindelse'], tilknytning: ['tilknytning'] },
    parts: { nettforbindelser: ['nett', 'forbindelse'] },
    synonyms: { forbindelse: ['kontakt', 'tilknytning'] },
  });
  const compoundSynonymsOf = (vocabulary: ReadonlySet<string>) =>
    prepareQuery('Hva vet vi om skolenes nettforbindelser?', null, vocabulary, knowledge).terms.words?.find((word) => word.parts.length > 1)?.compoundSynonyms;

  it('reads a compound no text writes as met by the corpus compound of its modifier and a synonym of its head', () => {
    // «nett» + «tilknytning»: three equal consonants at the seam are written as two.
    const vocabulary = new Set(analyze('nettilknytning kontakt tilknytning'));
    expect(compoundSynonymsOf(vocabulary)).toEqual(analyze('nettilknytning'));
    const strength = matchStrength(
      analyze('nettforbindelser')[0] ?? '',
      { lemmas: [], parts: ['nett', 'forbindelse'], compoundSynonyms: analyze('nettilknytning') },
      termSetOf('Når det gjelder nettilknytning, har mange skoler lite båndbredde.'),
    );
    expect(strength).toBe(0.5);
  });

  it('reads no prefixed word as a compound («innlegg» is no «inn» + «legg»)', () => {
    const prefixed = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { legg: ['legg'], side: ['side'] },
      parts: { innlegget: ['inn', 'legg'] },
      synonyms: { legg: ['side'] },
    });
    const words = prepareQuery('Hva sa hun i innlegget?', null, new Set(analyze('innside side')), prefixed).terms.words ?? [];
    expect(words.some((word) => word.compoundSynonyms)).toBe(false);
  });

  it('searches a compound no text writes by the corpus compound with the synonymous head, and not one the texts write', () => {
    const { text } = prepareQuery('Hva vet vi om skolenes nettforbindelser?', null, new Set(analyze('nettilknytning kontakt tilknytning')), knowledge);
    expect(text).toMatch(/ nettilknytn/u);
    const written = prepareQuery('Hva vet vi om skolenes nettforbindelser?', null, new Set(analyze('nettforbindelser nettilknytning')), knowledge);
    expect(written.text).not.toMatch(/ nettilknytn/u);
  });

  it('reads none where the texts write no such compound, or write the compound itself', () => {
    expect(compoundSynonymsOf(new Set(analyze('kontakt tilknytning')))).toBeUndefined();
    expect(compoundSynonymsOf(new Set(analyze('nettforbindelser nettilknytning')))).toBeUndefined();
  });
});

describe('thesaurus synonyms the texts write as compounds known by their parts only', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { hjemmesidene: ['hjemmeside'], nett: ['nett'], sted: ['sted'] },
    parts: { nettsteder: ['nett', 'sted'] },
    synonyms: { hjemmeside: ['nettsted', 'nettside'] },
  });

  it('reads such a synonym as the stem the texts write, met as a synonym', () => {
    const vocabulary = new Set(analyze('nettsteder nett sted'));
    expect(compoundsAmong(['nettsted', 'nettside'], knowledge, vocabulary)).toEqual(analyze('nettsted'));
    const word = prepareQuery('Hva står på hjemmesidene?', null, vocabulary, knowledge).terms.words?.find((found) => found.lemmas.includes('hjemmeside'));
    expect(word?.compoundSynonyms).toEqual(analyze('nettsted'));
    expect(matchStrength(analyze('hjemmesidene')[0] ?? '', word, termSetOf('Kommunale nettsteder skal følge kravene.', knowledge))).toBe(0.5);
  });

  it('reads none the texts do not write', () => {
    expect(compoundsAmong(['nettsted'], knowledge, new Set(analyze('nett sted')))).toEqual([]);
  });
});

describe('periodic adjectives in a question', () => {
  it('reads «hvert år» / «kvart år» / «per år» as met by «årlig», a year on its own not', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { år: ['år'], året: ['år'] }, periodic: { år: ['årleg', 'årlig'] } });
    const derivedOfYear = (question: string): readonly string[] => {
      const { terms } = prepareQuery(question, null, undefined, knowledge);
      const year = terms.stems.findIndex((stem) => stem === 'år' || stem === analyze('året')[0]);
      return terms.words?.[year]?.derived ?? [];
    };
    expect(derivedOfYear('Hva koster det hvert år?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('Kor mykje kostar det kvart år?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('Hvor mye koster det per år?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('Hvor mye koster det i året?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('Hva kostet det i år?')).toEqual([]);
  });

  it('reads the distributive word of «hvert år» / «kvart år» / «per år» as met by «årlig» too, not a «hvert» before another noun', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { år: ['år'], kontor: ['kontor'] },
      periodic: { år: ['årleg', 'årlig'] },
    });
    const derivedOf = (question: string, word: string): readonly string[] => {
      const { terms } = prepareQuery(question, null, undefined, knowledge);
      const at = terms.stems.indexOf(analyze(word)[0] ?? '');
      return at < 0 ? ['(not a term)'] : (terms.words?.[at]?.derived ?? []);
    };
    expect(derivedOf('Hva koster de mangelfulle løsningene kommunene hvert år?', 'hvert')).toEqual(['årleg', 'årlig']);
    expect(derivedOf('Kor mykje kostar det kvart år?', 'kvart')).toEqual(['årleg', 'årlig']);
    expect(derivedOf('Hvor mye koster det per år?', 'per')).toEqual(['årleg', 'årlig']);
    expect(derivedOf('Hva har hvert kontor fått?', 'hvert')).toEqual([]);
  });

  it('searches «hvert år» as «årlig» too where the corpus writes it', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { år: ['år'], årlig: ['årlig'] }, periodic: { år: ['årleg', 'årlig'] } });
    const vocabulary = new Set([...analyze('årlig'), ...analyze('koster år')]);
    expect(prepareQuery('Hva koster det hvert år?', null, vocabulary, knowledge).text).toBe('Hva koster det hvert år? årlig');
    expect(prepareQuery('Hva koster det i år?', null, vocabulary, knowledge).text).toBe('Hva koster det i år?');
  });

  it('reads an English «each year» / «every year» / «per year» as «hvert år», met by «årlig»; «this year» not', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { år: ['år'] }, periodic: { år: ['årleg', 'årlig'] } });
    const english = {
      source: 'test',
      entries: new Map([
        ['year', ['år']],
        ['cost', ['koste']],
      ]),
    };
    const derivedOfYear = (question: string): readonly string[] => {
      const { terms } = prepareQuery(question, english, undefined, knowledge);
      return terms.words?.[terms.stems.indexOf('år')]?.derived ?? [];
    };
    expect(derivedOfYear('How much does it cost each year?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('How much does it cost every year?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('How much does it cost per year?')).toEqual(['årleg', 'årlig']);
    expect(derivedOfYear('How much does it cost this year?')).toEqual([]);
  });
});

describe('English words kept as written', () => {
  const english = {
    source: 'test',
    entries: new Map([
      ['telephony', ['telefoni']],
      ['municipality', ['kommune']],
      ['common', ['felles']],
      ['data', ['data']],
      ['health', ['helse']],
    ]),
  };

  it('searches a word no dictionary has by its Norwegian lemma where the stemmer reads it as another word («internet» ≠ «intern»)', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { internet: ['internett'], internett: ['internett'], data: ['date'] } });
    const vocabulary = new Set(analyze('interne internett telefoni kommunene felles helse data dato'));
    const { terms, plainText } = prepareQuery('How common was internet telephony in municipalities?', english, vocabulary, knowledge);
    expect(plainText.split(' ')).toContain('internett');
    expect(terms.stems).not.toContain(analyze('internet')[0]);
    // «data» stems as its lemma does: it stays as the dictionary gave it.
    expect(prepareQuery('Who owns the health data?', english, vocabulary, knowledge).plainText.split(' ')).toContain('data');
    expect(prepareQuery('How common was internet telephony?', english, vocabulary).plainText.split(' ')).toContain('internet');
  });

  it("groups an English word's translations as one dense term and a Norwegian context's words one term each (withContext)", () => {
    const offering = { source: 'test', entries: new Map([...english.entries, ['offer', ['tilby', 'levere']]]) };
    const vocabulary = new Set(analyze('tilby levere kommunene helse'));
    const own = prepareQuery('What do municipalities offer?', offering, vocabulary);
    expect(own.denseTerms).toEqual([['kommune'], ['tilby', 'levere']]);
    expect(prepareQuery('Hva tilbyr kommunene?', null, vocabulary).denseTerms).toBeUndefined();
    expect(withContext(own, prepareQuery('helse data', null, vocabulary)).denseTerms).toEqual([['kommune'], ['tilby', 'levere'], ['helse'], ['data']]);
  });

  it('reads the adjective after «how» as the frame of the question: searched, not required («how common»)', () => {
    const vocabulary = new Set(analyze('telefoni kommunene felles'));
    const { terms, text } = prepareQuery('How common was telephony in municipalities?', english, vocabulary);
    expect(text.split(' ')).toContain('felles');
    expect(terms.stems).not.toContain(analyze('felles')[0]);
    expect(prepareQuery('Which common telephony do municipalities use?', english, vocabulary).terms.stems).toContain(analyze('felles')[0]);
  });
});

describe('compounds holding a word the texts never write', () => {
  it('are those with a word the texts write or a noun-making ending after it, not another ending', () => {
    const vocabulary = new Set(['politisk', 'politikern', 'politidistrikt', 'distrikt', 'autentisering', 'basestasjon', 'omstasjon']);
    const hostsOf = (question: string) => prepareQuery(question, null, vocabulary).terms.words?.flatMap((word) => word.hosts ?? []);
    expect(hostsOf('Hva gjør politiet?')).toEqual(['politidistrikt']);
    expect(hostsOf('Kan folk autentiseres?')).toEqual(['autentisering']);
    expect(hostsOf('Hvor står stasjonen?')).toEqual(['basestasjon']);
  });
});

describe('a synonym in the other word class of a verb and its action noun', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: {
      betale: ['betale'],
      betaling: ['betaling'],
      finansiere: ['finansiere'],
      finansiering: ['finansiering'],
      pleie: ['pleie'],
      behandle: ['behandle'],
      behandling: ['behandling'],
      hel: ['hel'],
      helhet: ['helhet'],
      modell: ['modell'],
    },
    synonyms: { betale: ['finansiere'], finansiere: ['betale'], pleie: ['behandle'], behandle: ['pleie'], hel: ['modell'], modell: ['hel'] },
  });
  const wordOf = (question: string, written: string) => {
    const { terms } = prepareQuery(question, null, undefined, knowledge);
    return { stem: analyze(written)[0] ?? '', word: terms.words?.[terms.stems.indexOf(analyze(written)[0] ?? '')] };
  };

  it('meets a verb by the action noun of its synonym, as a synonym: «hvem skal betale» – «ansvarlig for finansiering»', () => {
    const { stem, word } = wordOf('Hvem skal betale for satsingen?', 'betale');
    expect(word?.synonymKin).toEqual(['finansiering']);
    expect(matchStrength(stem, word, termSetOf('Kommunene vil være ansvarlig for finansiering av satsingen.', knowledge))).toBe(0.5);
  });

  it('judges passages by it, neither orders them by it nor lets a follow-up leaning on the last answer read it', () => {
    const { terms } = prepareQuery('Hvem skal betale for satsingen?', null, undefined, knowledge);
    expect(terms.words?.some((word) => word.synonymKin)).toBe(true);
    expect(rankingTerms(terms).words?.some((word) => word.synonymKin)).toBe(false);
    expect(withoutRankingSynonyms(terms).words?.some((word) => word.synonymKin)).toBe(false);
  });

  it('reads no kin for a word without an action noun of its own («pleie»): the thesaurus gives it other senses', () => {
    expect(wordOf('Hva sier planen om pleie?', 'pleie').word?.synonymKin).toBeUndefined();
  });
});

describe('a phrase the texts write as one compound', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { utveksle: ['utveksle'], utveksling: ['utveksling'], meldinger: ['melding'], melding: ['melding'] },
  });
  const vocabulary = new Set(analyze('utveksle meldinger meldingsutveksling'));

  it('searches «utveksle meldinger» as «meldingsutveksling» too, where the texts write it', () => {
    expect(prepareQuery('Hvem skal utveksle meldinger?', null, vocabulary, knowledge).text).toContain('meldingsutveksling');
    expect(prepareQuery('Hvem skal utveksle meldinger?', null, new Set(analyze('utveksle meldinger')), knowledge).text).not.toContain('meldingsutveksling');
  });

  it('makes no compound of two nouns, nor of an English question’s translations', () => {
    const nouns = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { nettet: ['nett'], nett: ['nett'], helse: ['helse'] } });
    expect(prepareQuery('Hva koster nettet for helse?', null, new Set(analyze('nettet helse helsenett koster')), nouns).text).not.toContain('helsenett');
    expect(prepareQuery('Who will exchange messages?', null, vocabulary, knowledge).text).not.toContain('meldingsutveksling');
  });
});

describe('a question read on its own', () => {
  it('reads the year noun it asks a year by as frame, and a follow-up keeps it as a word of its own', () => {
    const question = 'Innen hvilket år skulle kommunene ha innført elektroniske innkjøp?';
    const [year] = analyze('år');
    expect(prepareQuery(question, null, undefined, undefined, { alone: true }).terms.stems).not.toContain(year);
    expect(prepareQuery(question, null).terms.stems).toContain(year);
    expect(prepareQuery('Hvor mye sparer kommunene hvert år?', null, undefined, undefined, { alone: true }).terms.stems).toContain(year);
  });
});
