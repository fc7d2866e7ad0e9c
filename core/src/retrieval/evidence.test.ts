import { describe, expect, it } from 'vitest';
import {
  carriedStrength,
  evidenceOf,
  extractNumbers,
  headingLeadIn,
  isLeadIn,
  isListRow,
  isTopicLine,
  leadInsOf,
  matchStrength,
  modifierCredit,
  passageEvidence,
  pointsBack,
  rankingTerms,
  withoutRankingShares,
  withoutRankingSynonyms,
  sentencesEvidence,
  standsInList,
} from './evidence';
import { rankByScore, reciprocalRankFusion } from './fusion';
import { termSetOf } from './indexed-chunk';
import { prepareQuery } from './query';
import { answerBearing } from './question-frame';
import { analyze, emptyLanguageResources, WordKnowledge } from '../analysis';

const weights: Record<string, number> = { helsenett: 4, norsk: 1, mål: 1 };
const weightOf = (stem: string) => weights[stem] ?? 1;

describe('evidenceOf', () => {
  const query = prepareQuery('hva er målet for Norsk Helsenett innen 2011', null).terms;

  it('gives full evidence to a sentence that states the question’s terms and year together', () => {
    const evidence = evidenceOf(query, weightOf, termSetOf('Målet er at alle kommuner i løpet av 2011 er tilknyttet Norsk Helsenett.'));
    expect(evidence.coverage).toBe(1);
    expect(evidence.numbers).toBe(1);
  });

  it('gives less when the year is missing, and half credit for terms found only nearby', () => {
    const withoutYear = evidenceOf(query, weightOf, termSetOf('Målet er at alle kommuner er tilknyttet Norsk Helsenett.'));
    expect(withoutYear.numbers).toBe(0);
    const nearby = evidenceOf(query, weightOf, termSetOf('Målet gjelder 2011.'), [termSetOf('Norsk Helsenett')]);
    expect(nearby.coverage).toBeGreaterThan(0.3);
    expect(nearby.coverage).toBeLessThan(1);
  });

  it('credits a compound that holds the question’s term («helsenettet», «helsenettverk»)', () => {
    const evidence = evidenceOf({ stems: ['helsenett'], numbers: [], pairs: [] }, weightOf, termSetOf('Det lukkede helsenettverket'));
    expect(evidence.coverage).toBeGreaterThanOrEqual(0.7);
  });

  it('gives a thesaurus synonym partial credit, never a full match', () => {
    const word = { lemmas: ['lede'], parts: [], synonyms: ['styre'] };
    const terms = { stems: ['led'], numbers: [], pairs: [], words: [word] };
    const sentence = { ...termSetOf('Direktoratet styrer arbeidet.'), lemmas: new Set(['direktorat', 'styre', 'arbeid']) };
    const synonym = evidenceOf(terms, weightOf, sentence).coverage;
    expect(synonym).toBeGreaterThan(0);
    expect(synonym).toBeLessThan(1);
    expect(evidenceOf({ ...terms, words: [{ ...word, synonyms: [] }] }, weightOf, sentence).coverage).toBe(0);
  });

  it('credits a synonym by its share: a specific one more, a general one less, a share of two as the word itself', () => {
    const sentence = { ...termSetOf('Direktoratet styrer arbeidet.'), lemmas: new Set(['direktorat', 'styre', 'arbeid']) };
    const coverage = (shares?: Record<string, number>): number =>
      evidenceOf(
        { stems: ['led'], numbers: [], pairs: [], words: [{ lemmas: ['lede'], parts: [], synonyms: ['styre'], ...(shares ? { synonymShares: shares } : {}) }] },
        weightOf,
        sentence,
      ).coverage;
    const plain = coverage();
    expect(coverage({ styre: 0.25 })).toBeLessThan(plain);
    expect(coverage({ styre: 2 })).toBeGreaterThan(plain);
    expect(coverage({ styre: 2 })).toBe(1);
    expect(coverage({ forvalte: 0.25 })).toBe(plain);
  });

  it('credits a vague head synonym or compound synonym by its share, a head synonym never above its own credit', () => {
    const sentence = { ...termSetOf('Fylket lager en plan.'), lemmas: new Set(['fylke', 'lage', 'plan']) };
    const coverage = (word: Record<string, unknown>): number =>
      evidenceOf(
        { stems: ['kommuneprogram'], numbers: [], pairs: [], words: [{ lemmas: ['kommuneprogram'], parts: ['kommune', 'program'], ...word }] },
        weightOf,
        sentence,
      ).coverage;
    const head = coverage({ headSynonyms: ['plan'] });
    expect(coverage({ headSynonyms: ['plan'], synonymShares: { plan: 0.25 } })).toBeLessThan(head);
    expect(coverage({ headSynonyms: ['plan'], synonymShares: { plan: 2 } })).toBe(head);
    const compound = { ...termSetOf('Nettilknytningen er stabil.'), lemmas: new Set(['nettilknytning', 'stabil']) };
    const viaCompound = (shares?: Record<string, number>): number =>
      evidenceOf(
        {
          stems: ['nettforbindels'],
          numbers: [],
          pairs: [],
          words: [{ lemmas: [], parts: [], compoundSynonyms: ['nettilknytning'], ...(shares ? { synonymShares: shares } : {}) }],
        },
        weightOf,
        compound,
      ).coverage;
    expect(viaCompound({ nettilknytning: 0.25 })).toBeLessThan(viaCompound());
  });

  it('credits synonyms by their shares only as passages are ordered, and not for a leaning follow-up', () => {
    const sentence = { ...termSetOf('Direktoratet styrer arbeidet.'), lemmas: new Set(['direktorat', 'styre', 'arbeid']) };
    const terms = { stems: ['led'], numbers: [], pairs: [], words: [{ lemmas: ['lede'], parts: [], synonyms: ['styre'], rankingSynonymShares: { styre: 2 } }] };
    const judged = evidenceOf(terms, weightOf, sentence).coverage;
    expect(judged).toBeLessThan(1);
    expect(evidenceOf(rankingTerms(terms), weightOf, sentence).coverage).toBe(1);
    expect(evidenceOf(rankingTerms(withoutRankingSynonyms(terms)), weightOf, sentence).coverage).toBe(judged);
    expect(evidenceOf(rankingTerms(withoutRankingShares(terms)), weightOf, sentence).coverage).toBe(judged);
    const plain = { ...terms, words: [{ lemmas: ['lede'], parts: [], synonyms: ['styre'] }] };
    expect(withoutRankingShares(plain)).toBe(plain);
  });

  it('reads ranking synonyms («utgiftene» → kostnad) as partial evidence, as much as a synonym, and drops them for a leaning follow-up', () => {
    const word = { lemmas: [], parts: [], synonyms: [], rankingSynonyms: ['hindre'] };
    const terms = { stems: ['hemm'], numbers: [], pairs: [], words: [word] };
    const sentence = { ...termSetOf('Mangel på standarder hindrer samarbeid.'), lemmas: new Set(['mangel', 'på', 'standard', 'hindre', 'samarbeid']) };
    const judged = evidenceOf(terms, weightOf, sentence).coverage;
    expect(judged).toBeGreaterThan(0);
    expect(judged).toBeLessThan(1);
    const ranking = rankingTerms(terms);
    expect(ranking.words?.[0]?.synonyms).toEqual(['hindre']);
    expect(evidenceOf(ranking, weightOf, sentence).coverage).toBeCloseTo(judged, 12);
    expect(evidenceOf(withoutRankingSynonyms(terms), weightOf, sentence).coverage).toBe(0);
    const plain = { ...terms, words: [{ lemmas: [], parts: [], synonyms: ['styre'] }] };
    expect(rankingTerms(plain)).toBe(plain);
    expect(withoutRankingSynonyms(plain)).toBe(plain);
  });

  it('gives a synonym of a compound’s head less credit than a synonym of the word itself', () => {
    const word = { lemmas: ['kommuneprogram'], parts: ['kommune', 'program'], synonyms: [], headSynonyms: ['prosjekt', 'plan'] };
    const terms = { stems: ['kommuneprogram'], numbers: [], pairs: [], words: [word] };
    const alone = { ...termSetOf('Prosjektet varte i to år.'), lemmas: new Set(['prosjekt', 'vare', 'i', 'to', 'år']) };
    const asPart = { ...termSetOf('Pilotprosjektet varte i to år.'), parts: new Set(['pilot', 'prosjekt']) };
    const headSynonym = evidenceOf(terms, weightOf, alone).coverage;
    expect(headSynonym).toBeGreaterThan(0);
    expect(headSynonym).toBeLessThan(evidenceOf({ ...terms, words: [{ ...word, synonyms: ['prosjekt'] }] }, weightOf, alone).coverage);
    expect(evidenceOf(terms, weightOf, asPart).coverage).toBe(headSynonym);
    expect(evidenceOf({ ...terms, words: [{ ...word, headSynonyms: [] }] }, weightOf, alone).coverage).toBe(0);
  });

  it('meets a compound whose part is written in the other standard («Sykepleierforbundet» ~ «Sjukepleiarforbund»)', () => {
    const word = { lemmas: [], parts: ['sykepleier', 'forbund'], partVariants: [['sjukepleiar'], []] };
    const terms = { stems: ['sykepleierforbund'], numbers: [], pairs: [], words: [word] };
    const sentence = { ...termSetOf('Norsk Sjukepleiarforbund'), parts: new Set(['sjukepleiar', 'forbund']) };
    expect(evidenceOf(terms, weightOf, sentence).coverage).toBeGreaterThanOrEqual(0.9);
    expect(evidenceOf({ ...terms, words: [{ lemmas: [], parts: word.parts }] }, weightOf, sentence).coverage).toBeLessThan(0.9);
  });

  it('gives a compound met by its modifier only a little credit, which answerability reads as absent («hjelpemiddelformidling» ~ «hjelpemiddelsentralene»)', () => {
    const word = { lemmas: [], parts: ['hjelpemiddel', 'formidling'] };
    const sentence = { ...termSetOf('Løsninger mellom kommunene og hjelpemiddelsentralene.'), parts: new Set(['hjelpemiddel', 'sentral']) };
    expect(matchStrength('hjelpemiddelformidling', word, sentence)).toBe(modifierCredit);
    expect(modifierCredit).toBeGreaterThan(0);
    expect(carriedStrength('hjelpemiddelformidling', word, sentence)).toBe(0);
    // Neither part: nothing; the head only: the head's credit, which answerability keeps.
    const other = { ...termSetOf('Kommunene har systemer.'), parts: new Set<string>() };
    expect(matchStrength('hjelpemiddelformidling', word, other)).toBe(0);
    const head = { ...termSetOf('Formidling av tjenester.'), parts: new Set<string>() };
    expect(carriedStrength('hjelpemiddelformidling', word, { ...head, lemmas: new Set(['formidling']) })).toBeGreaterThanOrEqual(0.5);
  });

  it('meets a compound whose acronym part the sentence writes in its other spelling («IT-systemer» ~ «IKT-systemer»)', () => {
    const terms = { stems: ['itsystem'], numbers: [], pairs: [], words: [{ lemmas: [], parts: ['it', 'system'] }] };
    const sentence = { ...termSetOf('Alle har IKT-systemer.'), parts: new Set(['ikt', 'system']) };
    expect(evidenceOf(terms, weightOf, sentence).coverage).toBeLessThan(0.9);
    expect(evidenceOf(terms, weightOf, { ...sentence, aliases: new Set(['it']) }).coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('credits a word of the same root in another word class as the word itself', () => {
    const word = { lemmas: ['organisere'], parts: [], derived: ['organisering'] };
    const terms = { stems: ['organiser'], numbers: [], pairs: [], words: [word] };
    const sentence = { ...termSetOf('Organiseringen av tjenesten er uendret.'), lemmas: new Set(['organisering', 'av', 'tjeneste', 'være', 'uendret']) };
    expect(evidenceOf(terms, weightOf, sentence).coverage).toBe(1);
    expect(evidenceOf({ ...terms, words: [{ ...word, derived: [] }] }, weightOf, sentence).coverage).toBeLessThan(1);
  });

  it('credits a word of the same root inside a compound as a part, no more than the word itself there', () => {
    const word = { lemmas: ['koste'], parts: [], derived: ['kostnad'] };
    const terms = { stems: ['kost'], numbers: [], pairs: [], words: [word] };
    const sentence = { ...termSetOf('Omsorgskostnadene øker.'), parts: new Set(['omsorg', 'kostnad']) };
    const inCompound = evidenceOf(terms, weightOf, sentence).coverage;
    expect(inCompound).toBeGreaterThan(0);
    expect(inCompound).toBeLessThan(1);
    expect(evidenceOf({ ...terms, words: [{ ...word, lemmas: ['kostnad'], derived: [] }] }, weightOf, sentence).coverage).toBe(inCompound);
  });

  it('weighs a nynorsk word the texts never write as its lemma, not as the rarest word of all', () => {
    // «teke» (nynorsk for «tatt») is written nowhere; its lemma «ta» is common, «kjernejournal» rare.
    const rarity = (stem: string): number => ({ ta: 1, kjernejournal: 4 })[stem] ?? 6;
    const teke = { lemmas: ['ta'], parts: [] };
    const terms = { stems: ['tek', 'kjernejournal'], numbers: [], pairs: [], words: [teke, { lemmas: ['kjernejournal'], parts: [] }] };
    const sentence = termSetOf('Kjernejournal er innført.');
    expect(evidenceOf(terms, rarity, sentence).coverage).toBeCloseTo(4 / 10);
    const nynorsk = {
      ...terms,
      words: [
        { ...teke, weighByLemma: true },
        { lemmas: ['kjernejournal'], parts: [], weighByLemma: true },
      ],
    };
    expect(evidenceOf(nynorsk, rarity, sentence).coverage).toBeCloseTo(4 / 5);
  });

  it('scores terms standing together as in the question above the same terms apart', () => {
    const terms = prepareQuery('hvem eier KS Digital', null).terms;
    const together = evidenceOf(terms, weightOf, termSetOf('KS Digital er eid av KS, og KS eier alle aksjene.'));
    const apart = evidenceOf(terms, weightOf, termSetOf('Digital post eies av staten, mens KS eier en del.'));
    expect(together.score).toBeGreaterThan(apart.score);
  });

  it('does not miss a context word (weight below 1) a sentence lacks, and credits it where it stands', () => {
    const terms = { stems: ['kost', 'digifin'], numbers: [], pairs: [], weights: [1, 0.5] };
    expect(evidenceOf(terms, weightOf, termSetOf('Det kostet 125 millioner kroner.')).coverage).toBe(1);
    expect(evidenceOf(terms, weightOf, termSetOf('DigiFin kostet 125 millioner kroner.')).coverage).toBe(1);
    expect(evidenceOf(terms, weightOf, termSetOf('DigiFin er en ordning.')).coverage).toBeCloseTo(1 / 3);
  });
});

describe('evidenceOf with numbers in words', () => {
  it('meets a number word of the question with the same number in digits, and digits with words', () => {
    const inWords = prepareQuery('Hva gikk det fjerde prinsippet ut på?', null).terms;
    const digits = evidenceOf(inWords, weightOf, termSetOf('Prinsippet gikk ut på at 4) helseinformasjon deles i sanntid.'));
    const otherNumber = evidenceOf(inWords, weightOf, termSetOf('Prinsippet gikk ut på at 3) helseinformasjon deles i sanntid.'));
    expect(digits.coverage).toBe(1);
    expect(otherNumber.coverage).toBeLessThan(1);
    const inDigits = prepareQuery('Hvilke 2 år ble avtalen fornyet for?', null).terms;
    expect(evidenceOf(inDigits, weightOf, termSetOf('Avtalen ble fornyet for to nye år.')).numbers).toBe(1);
  });

  it('reads an amount in words as the same amount in digits («en halv milliard» ~ «500 millioner»)', () => {
    expect(termSetOf('Det koster rundt en halv milliard kroner.').numbers.has('500000000')).toBe(true);
    expect(termSetOf('Det koster 500 millioner kroner.').numbers.has('500000000')).toBe(true);
  });
});

describe('evidenceOf for English questions', () => {
  const dictionary = {
    source: 'test',
    entries: new Map([
      ['work', ['jobb', 'arbeide', 'jobbe']],
      ['stand', ['reise', 'stå']],
      ['directory', ['katalog']],
    ]),
  };
  const vocabulary = new Set(analyze('jobb arbeide reise stå katalog tilsynet arbeider'));

  it('counts the translations of one English word as one term that any of them meets', () => {
    const terms = prepareQuery('Who is working on the directory?', dictionary, vocabulary).terms;
    expect(terms.stems).toEqual(['jobb', 'katalog']);
    expect(evidenceOf(terms, weightOf, termSetOf('Tilsynet arbeider med en katalog.')).coverage).toBe(1);
  });

  it('does not count the translations of question-frame words («stand for») as answer-bearing', () => {
    expect(prepareQuery('What does PKI stand for?', dictionary, vocabulary).terms.stems).toEqual(['pki']);
  });

  it('does not require the quantity noun of «what share of …» nor «due» in «when is … due»', () => {
    const withShare = { ...dictionary, entries: new Map([...dictionary.entries, ['share', ['dele']], ['due', ['nødvendig']]]) };
    const known = new Set([...vocabulary, ...analyze('dele nødvendig')]);
    expect(prepareQuery('What share of the directory works?', withShare, known).terms.stems).toEqual(['katalog', 'jobb']);
    expect(prepareQuery('When is the directory due?', withShare, known).terms.stems).toEqual(['katalog']);
    // As a verb it is a term like any other.
    expect(prepareQuery('Do they share the directory?', withShare, known).terms.stems).toEqual([...analyze('dele'), 'katalog']);
  });

  it("requires the first of an acronym's translations, not the words of its long form («R&D» → «FoU»)", () => {
    const known = new Set([...vocabulary, ...analyze('FoU forskning utvikling')]);
    expect(prepareQuery('Who did the R&D work?', dictionary, known).terms.stems).toEqual(['fou', 'jobb']);
  });

  it('weighs a compound read from English words written apart as the two words it stands for', () => {
    const withAlarm = { ...dictionary, entries: new Map([...dictionary.entries, ['safety', ['trygghet']], ['alarm', ['alarm']], ['user', ['bruker']]]) };
    const known = new Set([...vocabulary, ...analyze('trygghetsalarm trygghet alarm bruker')]);
    const terms = prepareQuery('Which users have a safety alarm?', withAlarm, known).terms;
    expect(terms.stems).toEqual([...analyze('bruker'), ...analyze('trygghetsalarm')]);
    // The users are common and the alarm rare: the sentence with the alarm alone carries the alarm's two words' weight.
    const stemOf = (word: string): string => analyze(word)[0] ?? word;
    const rarity = (stem: string): number =>
      ({ [stemOf('bruker')]: 1, [stemOf('trygghetsalarm')]: 6, [stemOf('trygghet')]: 3, [stemOf('alarm')]: 4 })[stem] ?? 6;
    const coverage = evidenceOf(terms, rarity, termSetOf('Trygghetsalarm: 31,63 %')).coverage;
    expect(coverage).toBeCloseTo(7 / 8);
    // Without the parts it weighs as itself: 6 of 7.
    const plain = { ...terms, words: terms.words?.map(({ weighAs: _weighAs, ...word }) => word) };
    expect(evidenceOf(plain, rarity, termSetOf('Trygghetsalarm: 31,63 %')).coverage).toBeCloseTo(6 / 7);
  });
});

describe('question analysis', () => {
  it('keeps question-frame words out of the answer-bearing terms', () => {
    const stems = analyze('kommuner innen 2011');
    expect(answerBearing(stems)).toEqual(analyze('kommuner 2011'));
    expect(prepareQuery('Omtrent hvor mange kommuner har PLO-system?', null).terms.stems).not.toContain('omtrent');
  });

  it('reads «gå ut på» and «innebære» as the frame of a definition question, not as words the answer must repeat', () => {
    const stems = prepareQuery('Hva går Digihjelpen ut på?', null).terms.stems;
    expect(stems).toEqual(expect.arrayContaining(analyze('Digihjelpen')));
    expect(stems).not.toContain(analyze('går')[0]);
    expect(prepareQuery('Kva inneber ordninga?', null).terms.stems).toEqual(analyze('ordninga'));
  });

  it('reads the particle of «gå ut på» as frame too, and keeps «ut» of other questions', () => {
    const ut = analyze('ut')[0];
    expect(prepareQuery('Hva går digitalt skoleløft ut på?', null).terms.stems).toEqual(analyze('digitalt skoleløft'));
    expect(prepareQuery('Kva gjekk prosjektet ut på?', null).terms.stems).not.toContain(ut);
    expect(prepareQuery('Når skal rapporten sendes ut på høring?', null).terms.stems).toContain(ut);
  });

  it('reads the particle of «stå bak» as frame, and keeps «bak» where it is no particle of «stå»', () => {
    const bak = analyze('bak')[0];
    expect(prepareQuery('Hvem står bak Digihjelpen?', null).terms.stems).toEqual(analyze('Digihjelpen'));
    expect(prepareQuery('Kven stod bak rapporten?', null).terms.stems).not.toContain(bak);
    expect(prepareQuery('Hva ligger bak økningen i kostnadene?', null).terms.stems).toContain(bak);
  });

  it('reads numbers as written, without thousands separators', () => {
    expect(extractNumbers('Over 230.000 brukere i 2011 og 19,5 prosent')).toEqual(['230000', '2011', '19,5']);
  });
});

describe('reciprocalRankFusion', () => {
  it('ranks what several lists agree on first, and breaks ties by id', () => {
    const fused = rankByScore(
      reciprocalRankFusion([
        { ids: ['a', 'b', 'c'], weight: 1 },
        { ids: ['b', 'a', 'd'], weight: 1 },
      ]),
    );
    expect(fused.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sentencesEvidence', () => {
  it('reads each sentence of a passage as evidenceOf does, with its heading and neighbours as context and the title as the document', () => {
    const heading = termSetOf('Eksempler\nNorsk Helsenett');
    const title = termSetOf('Plan for 2011');
    const sentences = [
      'Målet er satt.',
      'Alle kommuner skal være tilknyttet helsenettet innen 2011.',
      'Norsk Helsenett drives av staten.',
      'Det gjelder også 2012.',
    ].map((text) => termSetOf(text));
    const base = prepareQuery('hva er målet for Norsk Helsenett innen 2011', null).terms;
    // A follow-up's context word (weight factor below 1) counts only where it is carried.
    const followUp = { ...base, weights: base.stems.map((_, index) => (index === 0 ? 0.5 : 1)) };
    for (const query of [base, followUp]) {
      const expected = sentences.map((sentence, index) =>
        evidenceOf(query, weightOf, sentence, [heading, ...sentences.slice(Math.max(0, index - 1), index), ...sentences.slice(index + 1, index + 2)], title),
      );
      expect(sentencesEvidence(query, weightOf, sentences, heading, title)).toEqual(expected);
      expect(expected.some((evidence) => evidence.coverage > 0 && evidence.coverage < 1)).toBe(true);
    }
  });

  it('reads the title words of another document a sentence also stands in (`titles`) as carried in full, as its own title', () => {
    const query = prepareQuery('Innen hvilket år skal kommunene være tilknyttet ifølge omsorgsplanen for IKT?', null).terms;
    const plain = termSetOf('I løpet av 2011 skal alle kommuner være tilknyttet.');
    const copied = { ...plain, titles: new Set(analyze('omsorgsplanen for IKT')) };
    const heading = termSetOf('Strategi');
    const title = termSetOf('Lysark');
    const [without] = sentencesEvidence(query, weightOf, [plain], heading, title);
    const [withTitles] = sentencesEvidence(query, weightOf, [copied], heading, title);
    expect(withTitles?.coverage).toBeGreaterThan(without?.coverage ?? 1);
    expect(withTitles).toEqual(evidenceOf(query, weightOf, copied, [heading], title));
  });

  it('reads the period of another document’s title a sentence stands in as stated only for a question naming that period', () => {
    const copied = { ...termSetOf('I løpet av 2011 skal alle kommuner være tilknyttet.'), titleYears: new Set(['2008', '2012']) };
    const byPeriod = prepareQuery('Innen hvilket år skal kommunene være tilknyttet ifølge planen for 2008–2012?', null).terms;
    expect(byPeriod.periods).toEqual(['2008', '2012']);
    expect(evidenceOf(byPeriod, weightOf, copied).numbers).toBe(1);
    expect(evidenceOf(byPeriod, weightOf, { ...copied, titleYears: new Set<string>() }).numbers).toBe(0);
    // A year asked about is no period naming a plan: the sentence must state it.
    const asked = prepareQuery('Hva skulle kommunene gjøre i 2008?', null).terms;
    expect(evidenceOf(asked, weightOf, copied).numbers).toBe(0);
  });

  it('reads a sentence under a topic line as carrying the line’s words in full, not half as a neighbour’s', () => {
    const query = prepareQuery('Hva går digitalt skoleløft ut på?', null).terms;
    const texts = ['Digitalt skoleløft', 'Dette er sektorens største moderniseringsløft, med felles krav.'];
    const sentences = texts.map((text) => termSetOf(text));
    const heading = termSetOf('Løsninger under utvikling');
    const title = termSetOf('Innspill');
    const plain = sentencesEvidence(query, weightOf, sentences, heading, title);
    const underTopic = sentencesEvidence(query, weightOf, sentences, heading, title, undefined, undefined, texts.map(isTopicLine));
    expect(plain[1]?.coverage).toBeLessThan(1);
    expect(underTopic[1]?.coverage).toBe(1);
    expect(underTopic[1]?.score).toBe(underTopic[0]?.score);
    // The line itself, and a sentence before it, read as before.
    expect(underTopic[0]).toEqual(plain[0]);
  });

  it('knows a topic line: a few words naming something, no statement, number or address', () => {
    expect(isTopicLine('Felles journalløft')).toBe(true);
    expect(isTopicLine('Arbeid med kunstig intelligens (KI)')).toBe(true);
    expect(isTopicLine('Dette er sektorens største moderniseringsløft.')).toBe(false);
    expect(isTopicLine('Omsorgsteknologi er lite i bruk')).toBe(false);
    expect(isTopicLine('5.')).toBe(false);
    expect(isTopicLine('https://www.ks.no/fagomrader/digitalisering')).toBe(false);
    expect(isTopicLine('Kommunene skal ha en plan for dette arbeidet innen 2012 og rapportere')).toBe(false);
  });

  it('reads a list row as carrying the words of the line that leads the list in, a sentence or the heading', () => {
    const query = prepareQuery('Hvor stor andel av brukerne har trygghetsalarm?', null).terms;
    const texts = ['Andel av alle brukerne som har:', '• Trygghetsalarm: 31,63 %', '• GPS (lokalisering): 1,10 %'];
    const sentences = texts.map((text) => termSetOf(text));
    const heading = termSetOf('Helseteknologi i kommunene');
    const title = termSetOf('Innspill');
    const plain = sentencesEvidence(query, weightOf, sentences, heading, title);
    const rows = sentencesEvidence(query, weightOf, sentences, heading, title, undefined, undefined, undefined, leadInsOf(texts, ''));
    expect(rows[1]?.coverage ?? 0).toBeGreaterThan((plain[1]?.coverage ?? 0) + 0.1);
    // The lead-in line itself, and a row that does not answer, read as before or less than the answering row.
    expect(rows[0]).toEqual(plain[0]);
    expect(rows[2]?.coverage ?? 1).toBeLessThan(rows[1]?.coverage ?? 0);
    // The lead-in as the passage's heading.
    const underHeading = sentencesEvidence(
      query,
      weightOf,
      sentences.slice(1),
      termSetOf('Andel av alle brukerne som har:'),
      title,
      undefined,
      undefined,
      undefined,
      leadInsOf(texts.slice(1), 'Andel av alle brukerne som har:'),
    );
    expect(underHeading[0]?.coverage).toBe(rows[1]?.coverage);
  });

  it('reads a bulleted item without a figure as carrying its lead-in line too', () => {
    const query = prepareQuery('Hva krever gevinstrealisering i kommunene?', null).terms;
    const texts = ['Gevinstrealisering i kommunene krever:', '- tydelig politisk prioritering', '- ledelse og kapasitet i tjenesten'];
    expect(leadInsOf(texts, '')).toEqual([-2, 0, 0]);
    const sentences = texts.map((text) => termSetOf(text));
    const heading = termSetOf('Men gevinstene realiseres ikke automatisk');
    const title = termSetOf('Innspill');
    const plain = sentencesEvidence(query, weightOf, sentences, heading, title);
    const rows = sentencesEvidence(query, weightOf, sentences, heading, title, undefined, undefined, undefined, leadInsOf(texts, ''));
    expect(rows[1]?.coverage ?? 0).toBeGreaterThan((plain[1]?.coverage ?? 0) + 0.1);
    expect(rows[2]?.coverage).toBe(rows[1]?.coverage);
  });

  it('knows a list row, a lead-in line and which rows stand under which lead-in', () => {
    expect(isListRow('• Trygghetsalarm: 31,63 %')).toBe(true);
    expect(isListRow('GPS (lokalisering): 1,10 %')).toBe(true);
    expect(isListRow('- Elektronisk medisindispenser: 2,83 %')).toBe(true);
    // A bulleted item with no value completes its lead-in too, however long; a bulleted statement does not.
    expect(isListRow('- Elektronisk medisindispenser')).toBe(true);
    expect(isListRow('- Øk finansieringen av digitalisering, særlig for å dekke pukkelkostnader.')).toBe(true);
    expect(isListRow('- Helsefellesskapene har et potensial for å bli viktige arenaer.')).toBe(false);
    // A label line without a value is no row.
    expect(isListRow('Elektronisk medisindispenser: se vedlegg')).toBe(false);
    expect(isListRow('Kommunene har tatt i bruk trygghetsalarm: 31 % av brukerne')).toBe(false);
    expect(isListRow('Andel av alle brukerne som har:')).toBe(false);
    expect(isListRow('Nettside: https://www.ks.no')).toBe(false);
    expect(isLeadIn('Andel av alle brukerne som har:')).toBe(true);
    expect(isLeadIn('Andelen er 31,63 %.')).toBe(false);
    const texts = [
      'Andel av alle brukerne som har:',
      '• Trygghetsalarm: 31,63 %',
      '• GPS: 1,10 %',
      'Dette viser et stort potensial.',
      '• Digitalt tilsyn: 4,57 %',
    ];
    expect(leadInsOf(texts, '')).toEqual([-2, 0, 0, -2, -2]);
    expect(leadInsOf(texts.slice(1), 'Andel av alle brukerne som har:')).toEqual([headingLeadIn, headingLeadIn, -2, -2]);
  });

  it('tells the sentences that stand in a list: the rows under a lead-in and the lead-in itself', () => {
    const texts = ['Skolene trenger:', '- nytt utstyr', '- raskere nett', 'Dette koster penger.', '- en løs strek'];
    const leadIns = leadInsOf(texts, '');
    expect(texts.map((_, position) => standsInList(leadIns, position))).toEqual([true, true, true, false, false]);
    // Rows under a heading that leads them in stand in its list.
    expect(standsInList(leadInsOf(texts.slice(1, 3), 'Skolene trenger:'), 0)).toBe(true);
  });

  it('knows a sentence whose demonstrative subject points back to what was just named', () => {
    expect(pointsBack('Dette er sektorens største moderniseringsløft.')).toBe(true);
    expect(pointsBack('Denne ordningen gjelder alle kommuner.')).toBe(true);
    expect(pointsBack('This is the largest project.')).toBe(true);
    expect(pointsBack('KS leder utviklingen av trygg KI-bruk i helse.')).toBe(false);
    expect(pointsBack('Detaljene kommer senere.')).toBe(false);
  });

  it('gives the same evidence when terms the whole passage lacks are skipped', () => {
    const heading = termSetOf('Eksempler\nNorsk Helsenett');
    const title = termSetOf('Plan for 2011');
    const sentences = ['Målet er satt.', 'Alle kommuner skal være tilknyttet helsenettverket innen 2011.', 'Det gjelder også 2012.'].map((text) =>
      termSetOf(text),
    );
    const sets = [heading, ...sentences];
    const field = (name: 'stems' | 'numbers' | 'pairs' | 'lemmas' | 'parts' | 'aliases') => new Set(sets.flatMap((set) => [...(set[name] ?? [])]));
    const whole = {
      stems: field('stems'),
      numbers: field('numbers'),
      pairs: field('pairs'),
      lemmas: field('lemmas'),
      parts: field('parts'),
      aliases: field('aliases'),
    };
    // «tilsynet» and «finansiering» stand nowhere in the passage; «helsenett» only inside a compound.
    const query = prepareQuery('hva er målet for tilsynet med finansiering av helsenett innen 2011', null).terms;
    const expected = sentencesEvidence(query, weightOf, sentences, heading, title);
    expect(sentencesEvidence(query, weightOf, sentences, heading, title, whole)).toEqual(expected);
    expect(expected.some((evidence) => evidence.coverage > 0 && evidence.coverage < 1)).toBe(true);
    // The passage's terms are read: told that it carries none, its sentences keep only what the title carries.
    const empty = { stems: new Set<string>(), numbers: new Set<string>(), pairs: new Set<string>() };
    const none = sentencesEvidence(query, weightOf, sentences, heading, title, empty);
    expect(none.some((evidence, index) => evidence.coverage < (expected[index]?.coverage ?? 0))).toBe(true);
    // Read once as a passage (the second stage does): the same evidence, and its strengths give the sentences the same.
    const passage = passageEvidence(query, weightOf, whole);
    expect(passage.evidence).toEqual(evidenceOf(query, weightOf, whole));
    expect([...passage.strengths]).toEqual(query.stems.map((stem, index) => matchStrength(stem, query.words?.[index], whole)));
    expect(passage.strengths.some((strength) => strength === 0)).toBe(true);
    expect(sentencesEvidence(query, weightOf, sentences, heading, title, whole, passage.strengths)).toEqual(expected);
    expect(sentencesEvidence(query, weightOf, sentences, heading, title, empty, passageEvidence(query, weightOf, empty).strengths)).toEqual(none);
  });
});

describe('matchStrength', () => {
  it('finds a stem of the set inside the question’s stem the same way in a sentence’s few stems and a passage’s many', () => {
    const filler = Array.from({ length: 60 }, (_, index) => `fyllord${String.fromCharCode(97 + (index % 26))}${index}`);
    const setOf = (stems: string[]) => ({ stems: new Set(stems), numbers: new Set<string>(), pairs: new Set<string>() });
    for (const [stem, inside] of [
      ['helsenettverk', 'nettverk'],
      ['helsenettverk', 'helse'],
      ['helsenettverk', 'senet'],
      ['journalsystem', 'journal'],
    ] as const) {
      expect(matchStrength(stem, undefined, setOf(['kommun', inside]))).toBe(0.7);
      expect(matchStrength(stem, undefined, setOf([...filler, inside]))).toBe(0.7);
    }
    // Shorter than five letters, or not inside the stem: no credit either way.
    for (const other of ['nett', 'nettverket', 'helseteknologi']) {
      expect(matchStrength('helsenettverk', undefined, setOf(['kommun', other]))).toBe(other.includes('helsenettverk') ? 0.7 : 0);
      expect(matchStrength('helsenettverk', undefined, setOf([...filler, other]))).toBe(0);
    }
  });

  it('credits a word the texts never write only inside the compounds that hold it as a part', () => {
    const setOf = (stems: string[]) => ({ stems: new Set(stems), numbers: new Set<string>(), pairs: new Set<string>() });
    const word = { lemmas: [], parts: [], hosts: ['politidistrikt'] };
    expect(matchStrength('politi', word, setOf(['politidistrikt']))).toBe(0.7);
    expect(matchStrength('politi', word, setOf(['politisk', 'politikern']))).toBe(0);
    // Without hosts (a word the texts write), any longer stem holding it counts.
    expect(matchStrength('politi', { lemmas: [], parts: [] }, setOf(['politisk']))).toBe(0.7);
  });
});

describe('acronyms linked by initials', () => {
  const knowledgeOf = (source: string) =>
    new WordKnowledge({ ...emptyLanguageResources('test'), acronyms: [{ short: 'dho', long: 'digital hjemmeoppfølging', source }] });
  const strengthOf = (question: string, sentence: string, knowledge: WordKnowledge, word: string): number => {
    const query = prepareQuery(question, null, undefined, knowledge).terms;
    const index = query.stems.indexOf(analyze(word)[0] ?? '');
    expect(index).toBeGreaterThanOrEqual(0);
    return matchStrength(query.stems[index] ?? '', query.words?.[index], termSetOf(sentence, knowledge));
  };

  it('links a question’s whole long form and the acronym a sentence writes, both ways, at reduced credit', () => {
    const knowledge = knowledgeOf('initials:x.txt');
    expect(strengthOf('Gir digital hjemmeoppfølging gevinster?', 'Selv om DHO er viktig, er det sjelden gevinster.', knowledge, 'hjemmeoppfølging')).toBe(0.7);
    expect(strengthOf('Gir DHO gevinster?', 'Digital hjemmeoppfølging gir sjelden gevinster.', knowledge, 'DHO')).toBe(0.7);
    // A long form the texts state beside the acronym is a full match.
    expect(strengthOf('Gir DHO gevinster?', 'Digital hjemmeoppfølging gir sjelden gevinster.', knowledgeOf('x.txt'), 'DHO')).toBe(1);
  });

  it('does not credit one word of a long form linked by initials only', () => {
    const knowledge = knowledgeOf('initials:x.txt');
    expect(strengthOf('Hvilke digitale løsninger gir gevinster?', 'Selv om DHO er viktig, er det sjelden gevinster.', knowledge, 'digitale')).toBe(0);
    // A stated long form credits its words one by one, as before.
    expect(strengthOf('Hvilke digitale løsninger gir gevinster?', 'Selv om DHO er viktig, er det sjelden gevinster.', knowledgeOf('x.txt'), 'digitale')).toBe(
      1,
    );
  });
});
