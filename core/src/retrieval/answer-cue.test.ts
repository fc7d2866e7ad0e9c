import { describe, expect, it } from 'vitest';
import { askedFactOf, asksForSeveral, definitionFocus, givesAskedFact, givesDefinition, givesNewAnswer, signingWords } from './answer-cue';
import { analyze } from '../analysis';
import { statedNumbers } from './evidence';
import { prepareQuery } from './query';

describe('definitionFocus', () => {
  it('finds the word a definition question asks about, in bokmål, nynorsk and English', () => {
    expect(definitionFocus('Hva menes med samhandling i planen?')).toBe('samhandling');
    expect(definitionFocus('Kva meiner departementet med datadeling?')).toBe('datadeling');
    expect(definitionFocus('Hva står NAV for?')).toBe('NAV');
    expect(definitionFocus('Hva står forkortelsen ROS for i beredskapsplanen?')).toBe('ROS');
    expect(definitionFocus('Kva står forkortinga NAV for?')).toBe('NAV');
    expect(definitionFocus('What does GDPR stand for?')).toBe('GDPR');
    expect(definitionFocus("What does 'privacy' cover in the plan?")).toBe('privacy');
    expect(definitionFocus('Hva er Altinn?')).toBe('Altinn');
    expect(definitionFocus('What is Vannportalen supposed to offer the schools?')).toBeNull();
    expect(definitionFocus('Kva er velferdsteknologi?')).toBe('velferdsteknologi');
  });

  it('finds none in questions that ask for something else', () => {
    expect(definitionFocus('Hva er fristen for at kommunene skal ha tatt i bruk digital post?')).toBeNull();
    expect(definitionFocus('Hvem drifter portalen?')).toBeNull();
    expect(definitionFocus('What is the name of the platform?')).toBeNull();
    expect(definitionFocus('Hva er forskjellen på de to løsningene?')).toBeNull();
  });
});

describe('givesDefinition', () => {
  const focus = new Set(prepareQuery('Hva menes med infrastruktur?', null).definitionFocus ?? []);

  it('accepts a sentence that opens with the word and a defining verb, or says what is meant by it', () => {
    expect(givesDefinition('Infrastruktur omfatter nettverk og datamaskiner.', focus)).toBe(true);
    expect(givesDefinition('Med infrastruktur forstås i denne sammenhengen nettverk og programvare.', focus)).toBe(true);
    expect(givesDefinition('Med «infrastruktur» menes nettverk.', focus)).toBe(true);
  });

  it('rejects a sentence that only uses the word', () => {
    expect(givesDefinition('Kommunene må bygge ut infrastruktur før 2011.', focus)).toBe(false);
    expect(givesDefinition('Med infrastruktur på plass kan kommunene samhandle.', focus)).toBe(false);
  });
});

/** A sentence as the index holds it: its text and the numbers it states. */
const sentence = (text: string) => ({ text, terms: { numbers: new Set(statedNumbers(text)) } });

describe('givesNewAnswer', () => {
  it('wants a year the when-question does not name, and answers a how-long question with a year', () => {
    const query = prepareQuery('Hvor lenge har avtalen fra 2015 gjeldt?', null);
    expect(givesNewAnswer(sentence('Avtalen har gjeldt siden 2019.'), 'time', query)).toBe(true);
    expect(givesNewAnswer(sentence('Avtalen fra 2015 er viktig.'), 'time', query)).toBe(false);
  });

  it('wants a year for a question that asks which year, not a rate per year or a month', () => {
    const query = prepareQuery('Kva år skulle alle kommunane sende kommunestyremøta på nettet?', null);
    expect(givesNewAnswer(sentence('I løpet av 2009 skal alle kommuner overføre møter i kommunestyret på Internett.'), 'time', query)).toBe(true);
    expect(givesNewAnswer(sentence('Helse Finnmark kan spare 12 millioner per år ved bruk av videokonferanse til møter.'), 'time', query)).toBe(false);
    expect(givesNewAnswer(sentence('Møtene skal overføres på nettet fra juni.'), 'time', query)).toBe(false);
    // A when-question is still answered by a month.
    const when = prepareQuery('Når skal møtene overføres på nettet?', null);
    expect(givesNewAnswer(sentence('Møtene skal overføres på nettet fra juni.'), 'time', when)).toBe(true);
  });

  it('wants a number the how-many question does not state', () => {
    const query = prepareQuery('Hvor mange av de 356 kommunene deltar?', null);
    expect(givesNewAnswer(sentence('Over 200 kommuner deltar.'), 'count', query)).toBe(true);
    expect(givesNewAnswer(sentence('Det er 356 kommuner i landet.'), 'count', query)).toBe(false);
  });

  it('wants a number for a how-many question, in digits or words, not «flere» or «de fleste»', () => {
    const query = prepareQuery('Omtrent hvor mange kommuner bruker systemet?', null);
    expect(givesNewAnswer(sentence('Drøyt 400 kommuner bruker systemet.'), 'count', query)).toBe(true);
    expect(givesNewAnswer(sentence('Tre av fire kommuner bruker systemet.'), 'count', query)).toBe(true);
    expect(givesNewAnswer(sentence('Stadig flere kommuner tar systemet i bruk.'), 'count', query)).toBe(false);
    expect(givesNewAnswer(sentence('De fleste kommuner bruker systemet.'), 'count', query)).toBe(false);
  });

  it('does not take a year for the amount or count asked for', () => {
    const query = prepareQuery('Hvor mye raskere går innføringen når kommunene gjør det sammen?', null);
    expect(givesNewAnswer(sentence('Løsningene innføres sammen i perioden 2026-2029.'), 'count', query)).toBe(false);
    expect(givesNewAnswer(sentence('Innføringen går fem ganger raskere sammen.'), 'count', query)).toBe(true);
    expect(givesNewAnswer(sentence('I 2019 gikk 161 kommuner sammen.'), 'count', query)).toBe(true);
  });
});

describe('signingWords', () => {
  it('finds the signing verb in bokmål, nynorsk and English questions', () => {
    expect(signingWords('Hvem har underskrevet rapporten?')).toBe('underskrevet');
    expect(signingWords('Kven skreiv under avtalen?')).toBe('skreiv under');
    expect(signingWords('Who signed the letter?')).toBe('signed');
    // Every form of «skrive under»: «har skrevet under», «skriver under», nynorsk «har skrive under».
    expect(signingWords('Hvem har skrevet under på innspillet?')).toBe('skrevet under');
    expect(signingWords('Kven har skrive under notatet?')).toBe('skrive under');
    expect(signingWords('Hvem skrev rapporten?')).toBeNull();
  });

  it('reads signing as asked for only in a question asking who, not in one asking what or how of signing', () => {
    expect(signingWords('Kva for ei felles løysing har det offentlege for å skrive under digitalt?')).toBeNull();
    expect(signingWords('Hvilken etat fikk jobben med en felles innloggings- og signeringsportal?')).toBeNull();
    expect(signingWords('Hvilke to sikkerhetsklasser for digital signering ble valgt?')).toBeNull();
    expect(signingWords('Kven skreiv under brevet frå departementet?')).toBe('skreiv under');
  });

  it('searches a signing question by the closing formula of a letter, not by the verb', () => {
    const query = prepareQuery('Hvem har underskrevet notatet?', null);
    expect(query.text).toMatch(/hilsen$/u);
    expect(query.terms.stems).not.toContain('underskrev');
  });

  it('reads an English signing verb through its translation: «signed» searched as «signere» is no required word either', () => {
    const english = {
      source: 'test',
      entries: new Map([
        ['sign', ['signere']],
        ['letter', ['brev']],
      ]),
    };
    const vocabulary = new Set(analyze('signere brevet hilsen'));
    const query = prepareQuery('Who signed the letter?', english, vocabulary);
    expect(query.terms.stems).toContain(analyze('brev')[0]);
    expect(query.terms.stems).toContain(analyze('hilsen')[0]);
    expect(query.terms.stems).not.toContain(analyze('signere')[0]);
  });
});

describe('askedFactOf and givesAskedFact', () => {
  const gives = (question: string, sentence: string): boolean => {
    const query = prepareQuery(question, null);
    const fact = askedFactOf(query, null);
    if (!fact) throw new Error(`no fact asked in «${question}»`);
    return givesAskedFact({ text: sentence, terms: { stems: new Set(analyze(sentence)) } }, fact);
  };

  it('reads the fact a question asks for beyond its question word: a signature, an address, a degree question’s measure', () => {
    const asked = (question: string, type: Parameters<typeof askedFactOf>[1]) => askedFactOf(prepareQuery(question, null), type)?.kind ?? null;
    expect(asked('Kven skreiv under avtalen?', 'person')).toBe('signature');
    expect(asked('Hva er e-postadressen til sekretariatet?', null)).toBe('address');
    expect(askedFactOf(prepareQuery('Hvor utbredt er digitale skjema i kommunene?', null), null)).toMatchObject({ kind: 'measure', measure: 'count' });
    // A question its question word types already is read by that type, and one asking no fact has none.
    expect(asked('Hvor mange kommuner har digitale skjema?', 'count')).toBeNull();
    expect(asked('Hva mener fylket om digitale skjema?', null)).toBeNull();
  });

  it('is met by the closing formula, a written address, or a measure the question does not hold', () => {
    expect(gives('Kven skreiv under avtalen?', 'Med helsing og hilsen frå styret')).toBe(true);
    expect(gives('Kven skreiv under avtalen?', 'Avtalen vart underteikna i mai.')).toBe(false);
    expect(gives('Hva er e-postadressen til sekretariatet?', 'Skriv til post@sekretariatet.no.')).toBe(true);
    expect(gives('Hva er e-postadressen til sekretariatet?', 'Sekretariatet svarer på spørsmål.')).toBe(false);
    expect(gives('Hvor utbredt er digitale skjema i kommunene?', 'Om lag 60 prosent av kommunene bruker dem.')).toBe(true);
    expect(gives('Hvor utbredt er digitale skjema i kommunene?', 'Kommunene bruker digitale skjema.')).toBe(false);
  });
});

describe('asksForSeveral', () => {
  it('reads a question asking for several things of a kind, bokmål, nynorsk and English', () => {
    expect(asksForSeveral('Hvilke tiltak foreslår fylket for skolene?')).toBe(true);
    expect(asksForSeveral('Kva for nokre tenester skal kommunen tilby?')).toBe(true);
    expect(asksForSeveral('Hva slags utstyr trenger skolene?')).toBe(true);
    expect(asksForSeveral('What are the main goals of the plan?')).toBe(true);
  });

  it('does not read a question asking for one thing so', () => {
    expect(asksForSeveral('Hvilken kommune startet først?')).toBe(false);
    expect(asksForSeveral('Which county led the project?')).toBe(false);
    expect(asksForSeveral('Hva mener fylket om skolene?')).toBe(false);
  });
});
