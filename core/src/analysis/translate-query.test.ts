import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { EnglishDictionary } from './english-dictionary';
import { numberWordValues } from '../text/number-words';
import { englishAdverbBases, englishGradedBases, englishLemmas, translateQuery, translateQueryTerms } from './translate-query';

/** A few entries as FreeDict gives them, so that the test does not depend on the installed package. */
const dictionary: EnglishDictionary = {
  source: 'test',
  entries: new Map([
    ['use', ['bruk', 'anvendelse', 'nytte']],
    ['challenge', ['utfordring']],
    ['security', ['sikkerhet', 'gjeldsbrev', 'obligasjon']],
    ['improve', ['forbedre']],
    ['role', ['rolle']],
    ['office', ['kontor']],
    ['up', ['oppe', 'opp']],
  ]),
};

describe('translateQuery', () => {
  it('gives a word without a sure translation those of its uncertain ones the other words meet, and keeps it as written when none', () => {
    const withUncertain: EnglishDictionary = { ...dictionary, uncertain: new Map([['fund', ['fond', 'finansiere']]]) };
    const vocabulary = new Set(analyze('Prosjektet skal finansiere bruk av fond og utfordring.'));
    const asked: Array<{ candidates: readonly string[]; others: readonly string[] }> = [];
    const near = (candidates: readonly string[], others: readonly string[]) => {
      asked.push({ candidates, others });
      return others.includes('utfordring') ? ['finansiere'] : [];
    };
    const funded = translateQueryTerms('Which challenge was funded?', withUncertain, vocabulary, near);
    expect(funded.find((term) => term.source === 'funded')?.norwegian).toEqual(['finansiere']);
    expect(asked).toEqual([{ candidates: ['fond', 'finansiere'], others: ['utfordring'] }]);
    expect(translateQueryTerms('Which role was funded?', withUncertain, vocabulary, near).find((term) => term.source === 'funded')?.norwegian).toEqual([
      'funded',
    ]);
    expect(translateQueryTerms('Which challenge was funded?', withUncertain, vocabulary).find((term) => term.source === 'funded')?.norwegian).toEqual([
      'funded',
    ]);
  });

  it('ranks a pivot translation after the corpus spelling of the word itself and its loan spelling', () => {
    const pivot: EnglishDictionary = {
      source: 'test; pivot',
      entries: new Map([...dictionary.entries, ['system', ['ordning']], ['contract', ['avtale']], ['meeting', ['møte']]]),
      pivotHeadwords: new Set(['system', 'contract', 'meeting']),
    };
    const vocabulary = new Set(analyze('Systemet, ordningen, kontrakten og avtalen ble lagt fram på møtet.'));
    const terms = translateQueryTerms('Which system, contract and meetings?', pivot, vocabulary);
    expect(terms.find((term) => term.source === 'system')?.norwegian).toEqual(['system', 'ordning']);
    expect(terms.find((term) => term.source === 'contract')?.norwegian).toEqual(['kontrakt', 'avtale']);
    expect(terms.find((term) => term.source === 'meetings')?.norwegian).toEqual(['møte']);
    // The same entries from a direct dictionary are taken as they are.
    const direct = translateQueryTerms('Which system?', { ...pivot, pivotHeadwords: new Set() }, vocabulary);
    expect(direct.find((term) => term.source === 'system')?.norwegian).toEqual(['ordning']);
  });

  it('reads an English cardinal written in words as the bokmål numeral of its value, a hyphened one as one number', () => {
    const terms = translateQueryTerms('What share of those between sixteen and twenty-four used a PC?', dictionary);
    expect(terms.find((term) => term.source === 'sixteen')?.norwegian).toEqual(['seksten']);
    expect(terms.find((term) => term.source === 'twenty-four')?.norwegian).toEqual(['tjuefire']);
    expect(numberWordValues(translateQuery('between sixty-five and seventy-four', dictionary))).toEqual(['65', '74']);
  });

  it('reads «expect» as «forvente», an industry as a «næring» and opting out as «reservere» (the glossary: FreeDict lacks them)', () => {
    expect(translateQuery('What does KS expect?', dictionary).split(' ')).toContain('forvente');
    expect(translateQuery('When is the report expected?', dictionary).split(' ')).toContain('forvente');
    expect(translateQuery('What does the industry say?', dictionary).split(' ')).toContain('næring');
    expect(translateQuery('How many have opted out?', dictionary).split(' ')).toContain('reservere');
    expect(translateQuery('Which register?', { ...dictionary, entries: new Map([['register', ['innspille']]]) }).split(' ')).toEqual(['register']);
    expect(translateQuery('Who sets the pace of the broadband roll-out?', dictionary).split(' ')).toEqual(expect.arrayContaining(['takt', 'utbygging']));
    expect(translateQuery('Do upper secondary pupils have PCs?', dictionary).split(' ')).toContain('videregående');
    expect(translateQuery('How many nursing homes use it?', dictionary).split(' ')).toContain('sykehjem');
    expect(translateQuery('What do councils buy for welfare?', dictionary).split(' ')).toEqual(expect.arrayContaining(['anskaffe', 'velferd']));
    expect(translateQuery('How should chief executives treat outside partners?', dictionary).split(' ')).toEqual(
      expect.arrayContaining(['toppleder', 'ekstern', 'samarbeidspartner']),
    );
  });
  it('translates the goal question into mål, helsenett and keeps the year', () => {
    const words = translateQuery('What is the goal for the health network by 2011?', dictionary).split(' ');
    expect(words).toEqual(expect.arrayContaining(['mål', 'helsenett', '2011']));
    expect(words).not.toContain('the');
  });

  it('searches an English plural of an abbreviation as the abbreviation («RHFs» → «RHF», «GPs» → fastlege)', () => {
    expect(translateQuery('Do the RHFs cooperate?', dictionary).split(' ')).toContain('RHF');
    expect(translateQuery('What about the GPs?', dictionary).split(' ')).toContain('fastlege');
    expect(translateQuery('Is GPS used?', dictionary).split(' ')).toContain('GPS');
  });

  it("reads a verb with its particle by the verb's base form («carried out», «ended up»)", () => {
    const withPhrasalVerbs: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['carry out', ['utføre']], ['set up', ['etablere']]]),
    };
    expect(translateQuery('Who carried out the work?', withPhrasalVerbs).split(' ')).toContain('utføre');
    expect(translateQuery('Who set up the portal?', withPhrasalVerbs).split(' ')).toEqual(['etablere', 'portal']);
    expect(englishLemmas('carried')).toContain('carry');
  });

  it('drops a semi-modal with its «to» («supposed to», «meant to»), which Norwegian says with a modal verb', () => {
    const withSupposed: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['supposed', ['trolig']], ['meant', ['bety']]]) };
    expect(translateQuery('What is the office supposed to do?', withSupposed)).toBe('kontor');
    expect(translateQuery('Is it meant to improve security?', withSupposed).split(' ')).toEqual(['forbedre', 'sikkerhet', 'gjeldsbrev', 'obligasjon']);
    // Without «to» the word is translated as usual.
    expect(translateQuery('What is the supposed challenge?', withSupposed).split(' ')).toContain('trolig');
  });

  it('reads a noun after a determiner or a possessive by the spelling the corpus writes when its translations are all verbs', () => {
    const withPlan: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['plan', ['planlegge']]]) };
    const vocabulary = new Set(analyze('Planen for kontoret. Vi skal planlegge en ny plan.'));
    expect(translateQuery("What is in KS's later plan?", withPlan, vocabulary).split(' ')).toEqual(expect.arrayContaining(['planlegge', 'plan']));
    expect(translateQuery('Who made the plan?', withPlan, vocabulary).split(' ')).toEqual(expect.arrayContaining(['planlegge', 'plan']));
    // A possessive written with a bare apostrophe, and two modifiers between it and the noun; after an article, the second
    // word past a modifier may be a verb.
    expect(translateQuery("What is in the municipalities' new budget plan?", withPlan, vocabulary).split(' ')).toContain('plan');
    expect(translateQuery('Who will the digital team plan with?', withPlan, vocabulary).split(' ')).not.toContain('plan');
    // A verb stays a verb; a noun with a noun translation is untouched.
    expect(translateQuery('Who will plan it?', withPlan, vocabulary)).toBe('planlegge');
    expect(translateQuery('Who has the office?', withPlan, vocabulary)).toBe('kontor');
  });

  it('drops an intention verb with its «to» («wants to», «plans to»), which Norwegian says with «vil»', () => {
    const withWant: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['want', ['mangel']], ['plan', ['planlegge']]]) };
    expect(translateQuery('What does the office plan to improve?', withWant)).toBe('kontor forbedre');
    expect(translateQuery('Who wants to use it?', withWant)).toBe('bruk anvendelse nytte');
    // Without «to» the word is translated as usual.
    expect(translateQuery('Who made the plan?', withWant).split(' ')).toContain('planlegge');
    // «want» with an object before its «to», or after «do», is the verb too: never the noun «mangel»; the object stays.
    for (const question of ['What does the office want security to improve?', 'Does the office want security?']) {
      const words = translateQuery(question, withWant).split(' ');
      expect(words).not.toContain('mangel');
      expect(words).toEqual(expect.arrayContaining(['kontor', 'sikkerhet']));
    }
  });

  it('drops a verb of commitment with its «to» («promises to», «aims to»), as Norwegian says it with «vil»', () => {
    const withPromise: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['promise', ['løfte']], ['aim', ['mål']]]) };
    expect(translateQuery('What does the office promise to improve?', withPromise)).toBe('kontor forbedre');
    expect(translateQuery('What does the office aim to improve?', withPromise)).toBe('kontor forbedre');
    expect(translateQuery('Was the promise a challenge?', withPromise)).toBe('løfte utfordring');
  });

  it('drops adverbials of time that say «up to now» («so far», «to date»), never «far» as a distance', () => {
    const withFar: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['far', ['fjern']], ['date', ['dato']]]) };
    expect(translateQuery('Which office has improved security so far?', withFar).split(' ')).not.toContain('fjern');
    expect(translateQuery('Which challenge has the office met to date?', withFar).split(' ')).not.toContain('dato');
    expect(translateQuery('Is the office far away?', withFar).split(' ')).toContain('fjern');
  });

  it('drops the sentence adverbials that comment on the question («by the way», «in that case», «anyway»)', () => {
    const withWay: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['way', ['vei', 'måte']], ['case', ['sak']]]) };
    for (const question of ['Which office improved security, by the way?', 'Which office would improve security in that case?']) {
      const words = translateQuery(question, withWay).split(' ');
      expect(words).not.toContain('vei');
      expect(words).not.toContain('sak');
      expect(words).toEqual(expect.arrayContaining(['kontor', 'sikkerhet']));
    }
    expect(translateQuery('Which way does the office improve security?', withWay).split(' ')).toContain('vei');
  });

  it('drops whose view a question asks («in their view», «in my opinion»), never «view» elsewhere', () => {
    const withView: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['view', ['se', 'syn']], ['opinion', ['mening']]]) };
    for (const question of ['Is the office secure, in their view?', 'In my opinion, is the office secure?']) {
      const words = translateQuery(question, withView).split(' ');
      expect(words).not.toContain('se');
      expect(words).not.toContain('mening');
      expect(words).toContain('kontor');
    }
    expect(translateQuery('Does the office give a view of the security?', withView).split(' ')).toContain('se');
  });

  it("drops whose view a question asks with the holder named («in KS's view»), keeping the holder", () => {
    const withView: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['view', ['se', 'syn']]]) };
    for (const question of ["In KS's view, is the office secure?", "Is the office secure in the municipalities' view?"]) {
      const words = translateQuery(question, withView).split(' ');
      expect(words).not.toContain('se');
      expect(words).toContain('kontor');
    }
    expect(translateQuery("In KS's view, is the office secure?", withView).split(' ')).toContain('KS');
    expect(translateQuery("Does KS's view of the office differ?", withView).split(' ')).toContain('se');
  });

  it('drops the fixed adverbials of focus and hedging («above all», «at worst»), never «above» or «worst» alone', () => {
    const withAbove: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['above', ['høyere', 'over']], ['worst', ['verst']], ['all', ['all']]]),
    };
    for (const question of ['Which office matters above all?', 'How many offices are insecure at worst?']) {
      const words = translateQuery(question, withAbove).split(' ');
      expect(words).not.toContain('høyere');
      expect(words).not.toContain('verst');
      expect(words).toContain('kontor');
    }
    expect(translateQuery('Which office is above the security level?', withAbove).split(' ')).toContain('høyere');
  });

  it('reads an -ed word after a perfect auxiliary as its verb, not an adjective the dictionary lists for the spelling', () => {
    const withReceived: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['received', ['generell']], ['receive', ['motta']]]),
    };
    expect(translateQuery('How many offices have received a challenge?', withReceived)).toBe('kontor motta utfordring');
    expect(translateQuery('Has the office not yet received it?', withReceived)).toBe('kontor generell');
    expect(translateQuery('Have they already received it?', withReceived)).toBe('motta');
    expect(translateQuery('Is the received role a challenge?', withReceived)).toBe('generell rolle utfordring');
  });

  it('reads an adjective in a verb place («help secure», «to secure», «must secure») as the verb it makes, when the corpus writes it', () => {
    const withSecure: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['secure', ['sikker']], ['open', ['åpen']]]) };
    const vocabulary = new Set(analyze('sikre sikker åpne åpen kontor'));
    for (const question of ['What does the office help secure?', 'What does the office need to secure?', 'What must the office secure?'])
      expect(translateQuery(question, withSecure, vocabulary).split(' ')).toContain(question.includes('must') ? 'sikker' : 'sikre');
    expect(translateQuery('Who must open the office?', withSecure, vocabulary).split(' ')).toContain('åpne');
    expect(translateQuery('Is the office secure?', withSecure, vocabulary).split(' ')).toEqual(['kontor', 'sikker']);
    // «tilbud» + e stems as «tilbud»: no verb the corpus is known to write.
    const withOffer: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['offer', ['tilbud']]]) };
    expect(translateQuery('What is the office meant to offer?', withOffer, new Set(analyze('tilbud kontor'))).split(' ')).not.toContain('tilbude');
  });

  it('drops the copula «become», which Norwegian says with the stopword «bli»', () => {
    const withBecome: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['become', ['passe']]]) };
    expect(translateQuery('When did security become a challenge?', withBecome)).toBe('sikkerhet gjeldsbrev obligasjon utfordring');
  });

  it('drops complex prepositions as a whole («ahead of», «because of», «on behalf of»)', () => {
    const withAhead: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['ahead', ['fremover']], ['behalf', ['vegne']]]) };
    expect(translateQuery('Is security put ahead of the office?', withAhead).split(' ')).not.toContain('fremover');
    expect(translateQuery('Who acts on behalf of the office?', withAhead).split(' ')).not.toContain('vegne');
    expect(translateQuery('Who is ahead?', withAhead)).toBe('fremover');
  });

  it('drops the preposition + noun + preposition groups of the grammars as a whole, the noun with them («in connection with», «by means of»)', () => {
    const withNouns: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ...dictionary.entries,
        ['connection', ['forbindelse']],
        ['means', ['midler']],
        ['light', ['lys']],
        ['charge', ['ansvar']],
        ['reform', ['reform']],
      ]),
    };
    expect(translateQuery('What will be developed in connection with the reform?', withNouns).split(' ')).not.toContain('forbindelse');
    expect(translateQuery('Is the office run by means of the reform?', withNouns).split(' ')).not.toContain('midler');
    expect(translateQuery('What changed in the light of the reform?', withNouns).split(' ')).not.toContain('lys');
    // The noun written alone, and a noun that keeps its own sense in its group («in charge of»), are searched.
    expect(translateQuery('What is the connection between the reforms?', withNouns).split(' ')).toContain('forbindelse');
    expect(translateQuery('Who is in charge of the reform?', withNouns).split(' ')).toContain('ansvar');
  });

  it('keeps a verb after an infinitive «to» as written when all its translations are nouns («have to hook» ≠ «problem»)', () => {
    const withHook: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['hook', ['problem']]]) };
    expect(translateQuery('Do they have to hook the office?', withHook)).toBe('hook kontor');
    expect(translateQuery('Is the hook a challenge?', withHook)).toBe('problem utfordring');
    // One translation that can be an infinitive keeps them all.
    expect(translateQuery('Do they have to use it?', withHook)).toBe('bruk anvendelse nytte');
  });

  it('drops adverbs of aspect and focus («still», «already», «yet»)', () => {
    const withStill: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['still', ['stille']]]) };
    expect(translateQuery('Is the office still used?', withStill)).toBe('kontor bruk anvendelse nytte');
  });

  it('drops «own» after a possessive determiner, the intensifier, and translates the verb', () => {
    const withOwn: EnglishDictionary = { source: 'test', entries: new Map([...dictionary.entries, ['own', ['eie']]]) };
    expect(translateQuery('Does the office improve on its own?', withOwn)).toBe('kontor forbedre');
    expect(translateQuery('Who owns the office?', withOwn)).toBe('eie kontor');
  });

  it('marks the quantity noun after a question word or between an article and «of» as the frame of the question', () => {
    const frames = (question: string) =>
      translateQueryTerms(question, {
        source: 'test',
        entries: new Map([
          ['share', ['dele']],
          ['office', ['kontor']],
        ]),
      })
        .filter((term) => term.frame)
        .map((term) => term.source);
    expect(frames('What share of offices?')).toEqual(['share']);
    expect(frames('What share said so?')).toEqual(['share']);
    expect(frames('What is the share of offices?')).toEqual(['share']);
    expect(frames('Do offices share the work?')).toEqual([]);
    expect(frames('How many percent use it?')).toEqual(['percent']);
  });

  it('reads an acronym written with an ampersand as one word («R&D» → «FoU» from the glossary)', () => {
    const vocabulary = new Set(analyze('FoU-prosjektet'));
    expect(translateQueryTerms('Who did the R&D?', dictionary, vocabulary)).toEqual([{ source: 'R&D', norwegian: ['FoU'] }]);
  });

  it('makes the Norwegian abstract noun of an English one from the adjective, when the corpus uses it («safety» → «sikkerhet»)', () => {
    const adjectives: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['safe', ['sikker', 'trygg']],
        ['available', ['tilgjengelig']],
        ['efficient', ['effektiv']],
      ]),
    };
    const vocabulary = new Set(analyze('Trygghet og sikkerhet, tilgjengelighet og effektivitet.'));
    const terms = (question: string) => translateQueryTerms(question, adjectives, vocabulary).map((term) => term.norwegian);
    expect(terms('What about safety?')).toEqual([['sikkerhet', 'trygghet']]);
    expect(terms('What about availability?')).toEqual([['tilgjengelighet']]);
    expect(terms('What about efficiency?')).toEqual([['effektivitet']]);
    // Only nouns the corpus uses: without «trygghet» in the texts, only «sikkerhet».
    expect(translateQueryTerms('What about safety?', adjectives, new Set(analyze('Sikkerhet.'))).map((term) => term.norwegian)).toEqual([['sikkerhet']]);
  });

  it('drops the particle of a phrasal verb the dictionary lacks («hook up»)', () => {
    const words = translateQuery('Do municipalities have to hook up separately?', dictionary).split(' ');
    expect(words).not.toContain('opp');
    expect(words).not.toContain('up');
  });

  it('keeps acronyms and proper nouns as written', () => {
    expect(translateQuery('How many municipalities use Altinn?', dictionary)).toBe('kommune bruk anvendelse nytte Altinn');
    expect(translateQuery('What is the role of NAV offices and KS?', dictionary)).toBe('rolle NAV kontor KS');
  });

  it('prefers glossary phrases over single words', () => {
    expect(translateQuery('Which challenges for digital competence in health and care services?', dictionary)).toBe(
      'utfordring digital kompetanse helse- og omsorgstjenester',
    );
  });

  it('keeps only translations that occur in the corpus vocabulary when given one', () => {
    const vocabulary = new Set(analyze('Sikkerhet og bruk av IKT i kommunene'));
    expect(translateQuery('How is security used in municipalities?', dictionary, vocabulary)).toBe('sikkerhet bruk kommune');
  });

  it('works without a dictionary through the built-in glossary', () => {
    expect(translateQuery('e-health strategy for counties', null)).toBe('e-helse strategi fylkeskommune');
  });

  it('reads a state agency as the directorate or government office the Norwegian texts name', () => {
    expect(translateQuery('Which agency runs the register?', null)).toContain('direktorat etat');
  });

  it('reads a submission as an «innspill» and proposing as «foreslå», not as proposing marriage', () => {
    expect(translateQuery('What did the submission propose?', null)).toBe('innspill foreslå');
  });

  it('reads public-sector nouns in their public-sector sense: an input, a consultation, a scheme, a body', () => {
    expect(translateQuery('Which body held the consultation?', null).split(' ')).toEqual(expect.arrayContaining(['organ', 'instans', 'høring']));
    expect(translateQuery('What input did the scheme get?', null)).toBe('innspill ordning');
    expect(translateQuery('Which cases did the survey cover?', null).split(' ')).toEqual(expect.arrayContaining(['sak', 'undersøkelse', 'kartlegging']));
  });

  it('keeps English words without a translation, whose n-grams may still match', () => {
    expect(translateQuery('What about telemedicine pilots?', null)).toBe('telemedisin pilots');
  });
});

describe('englishLemmas', () => {
  it('offers singular forms of English plurals', () => {
    expect(englishLemmas('municipalities')).toContain('municipality');
    expect(englishLemmas('services')).toContain('service');
    expect(englishLemmas('networks')).toContain('network');
  });

  it('offers base forms of past tenses and -ing forms', () => {
    expect(englishLemmas('used')).toContain('use');
    expect(englishLemmas('planned')).toContain('plan');
    expect(englishLemmas('sharing')).toContain('share');
  });
});

describe('translateQuery phrases', () => {
  it('ignores dictionary idioms made of function words but keeps glossary phrases such as log in', () => {
    const idioms: EnglishDictionary = { source: 'test', entries: new Map([['there be', ['det finnes']]]) };
    // «every» is written as the stopword «hver» (see the distributives below).
    expect(translateQuery('Will there be broadband in every school?', idioms)).toBe('bredbånd hver skole');
    expect(translateQuery('Can citizens log in to ID-porten?', idioms)).toBe('innbygger logge inn innlogging ID-porten');
  });
});

describe('translateQuery distributives', () => {
  it('writes «each», «every», «per» before a noun as the Norwegian stopword «hver», searched for no word of its own', () => {
    const years: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['year', ['år']],
        ['save', ['spare']],
      ]),
    };
    expect(translateQuery('How much is saved each year?', years)).toBe('spare hver år');
    expect(translateQuery('How much is saved per year?', years)).toBe('spare hver år');
    expect(translateQuery('Did each of them save?', years)).toBe('spare');
    expect(analyze(translateQuery('What is saved every year?', years))).toEqual(['spar', 'år']);
  });
});

describe('translateQuery with the corpus vocabulary', () => {
  it('searches a word the dictionary lacks by the spelling of it the corpus uses', () => {
    const vocabulary = new Set(analyze('Kontrakten med institusjonen om Program for digital kompetanse'));
    expect(translateQuery('Which institution signed the contract for the Programme?', dictionary, vocabulary)).toBe('institusjon signed kontrakt program');
  });

  it('searches a loan word by a spelling the corpus writes only as the last part of its compounds', () => {
    const vocabulary = new Set(analyze('Stavanger har publisert datasett i den nasjonale datakatalogen.'));
    expect(translateQuery('How many datasets are in the national data catalogue?', dictionary, vocabulary)).toContain('katalog');
  });

  it('searches a noun in -ation by the noun of the Norwegian verb when the corpus has no -sjon spelling of it', () => {
    const vocabulary = new Set(analyze('Implementeringen av organisasjonen og organiseringen av arbeidet'));
    expect(translateQuery('When is the implementation due?', dictionary, vocabulary)).toContain('implementering');
    // «organisasjon» is written: no action noun beside it.
    expect(translateQuery('Which organisation leads?', dictionary, vocabulary)).not.toContain('organisering');
  });

  it('keeps a translation the corpus has only as the last part of its compounds', () => {
    const alarms: EnglishDictionary = { source: 'test', entries: new Map([['alarm', ['alarm', 'varsel']]]) };
    const vocabulary = new Set(analyze('Andel som har trygghetsalarm'));
    expect(translateQuery('Who has an alarm?', alarms, vocabulary)).toBe('alarm');
  });

  it('tells which English word each group of Norwegian alternatives translates', () => {
    const terms = translateQueryTerms('How is security used?', dictionary);
    expect(terms).toEqual([
      { source: 'security', norwegian: ['sikkerhet', 'gjeldsbrev', 'obligasjon'] },
      { source: 'used', norwegian: ['bruk', 'anvendelse', 'nytte'] },
    ]);
  });
});

describe('translateQuery past forms', () => {
  const verbs: EnglishDictionary = {
    source: 'test',
    entries: new Map([
      ['pick', ['valg', 'velge']],
      ['use', ['bruk', 'anvendelse', 'nytte']],
      ['grant', ['overføring', 'tilskudd']],
      ['shared', ['felles']],
    ]),
  };
  const finiteVerb = (word: string): boolean => ['bruker', 'velger'].includes(word);
  const norwegianOf = (question: string, source: string, verb?: (word: string) => boolean): readonly string[] | undefined =>
    translateQueryTerms(question, verbs, undefined, undefined, verb).find((term) => term.source === source)?.norwegian;

  it('reads an -ed form by the verbs among the translations of its base form, not the nouns', () => {
    expect(norwegianOf('Who was picked to supply it?', 'picked', finiteVerb)).toEqual(['velge']);
    expect(norwegianOf('Who has picked the supplier?', 'picked', finiteVerb)).toEqual(['velge']);
  });

  it('keeps a noun that is also the stem of its verb, and every translation when none is a verb', () => {
    expect(norwegianOf('How many have used it?', 'used', finiteVerb)).toEqual(['bruk', 'anvendelse', 'nytte']);
    expect(norwegianOf('What was granted?', 'granted', finiteVerb)).toEqual(['overføring', 'tilskudd']);
  });

  it('leaves the base form, a form with an entry of its own and a question read without the finite verb forms alone', () => {
    expect(norwegianOf('What is the pick?', 'pick', finiteVerb)).toEqual(['valg', 'velge']);
    expect(norwegianOf('Which record is shared?', 'shared', finiteVerb)).toEqual(['felles']);
    expect(norwegianOf('Who was picked to supply it?', 'picked')).toEqual(['valg', 'velge']);
  });
});

describe('comparatives and superlatives', () => {
  const withGraded: EnglishDictionary = {
    source: 'test',
    entries: new Map([['fast', ['fast']]]),
    graded: new Map([['fast', ['raskere']]]),
  };

  it('reads a comparative no dictionary has through its adjective', () => {
    expect(englishGradedBases('faster')).toContain('fast');
    expect(englishGradedBases('easier')).toContain('easy');
    expect(englishGradedBases('bigger')).toContain('big');
    expect(translateQuery('How much faster is it?', withGraded)).toBe('raskere');
  });
});

describe('prepositions', () => {
  it('drops a preposition no dictionary translates into a word of the texts, and keeps one that is translated', () => {
    const withThrough: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['through', ['gjennom']],
        ['delay', ['forsinkelse']],
      ]),
    };
    const vocabulary = new Set(analyze('gjennom forsinkelse'));
    expect(translateQuery('Why is the project behind?', withThrough, vocabulary)).not.toContain('behind');
    expect(translateQuery('Is it done through delay?', withThrough, vocabulary)).toContain('gjennom');
  });
});

describe('adverbs in -ly', () => {
  const adjectives: EnglishDictionary = {
    source: 'test',
    entries: new Map([
      ['joint', ['felles']],
      ['digital', ['digital']],
      ['easy', ['lett']],
      ['probable', ['sannsynlig']],
    ]),
    uncertain: new Map([
      ['annual', ['årlig']],
      ['mainly', ['hovedsakelig']],
    ]),
  };

  it('reads an adverb no dictionary has through the adjective it is made from', () => {
    expect(englishAdverbBases('jointly')).toContain('joint');
    expect(englishAdverbBases('easily')).toContain('easy');
    expect(englishAdverbBases('digitally')).toContain('digital');
    expect(englishAdverbBases('basically')).toContain('basic');
    expect(englishAdverbBases('probably')).toContain('probable');
    expect(englishAdverbBases('early')).toEqual([]);
    expect(translateQuery('Do they buy it jointly?', adjectives)).toContain('felles');
    expect(translateQuery('Is it easily done?', adjectives)).toContain('lett');
  });

  it("takes the adjective's doubtful readings only when the adverb has none of its own", () => {
    const vocabulary = new Set(analyze('årlig hovedsakelig kommune'));
    const near = (candidates: readonly string[]) => [...candidates];
    const reading = (question: string, source: string) =>
      translateQueryTerms(question, adjectives, vocabulary, near).find((term) => term.source === source)?.norwegian;
    expect(reading('Which municipality pays annually?', 'annually')).toEqual(['årlig']);
    // «main» is no headword here; had it one, «mainly» would still keep its own «hovedsakelig».
    expect(reading('Which municipality pays mainly?', 'mainly')).toEqual(['hovedsakelig']);
  });
});

describe('translateQuery degree questions', () => {
  it('marks the adjective right after «how» as the frame («how common», «how big»), not «how much faster»', () => {
    const withAdjectives: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['common', ['felles']], ['big', ['stor']], ['fast', ['rask']]]),
    };
    const frameOf = (question: string, source: string): boolean | undefined =>
      translateQueryTerms(question, withAdjectives, undefined).find((term) => term.source === source)?.frame;
    expect(frameOf('How common was the use?', 'common')).toBe(true);
    expect(frameOf('How big is the challenge?', 'big')).toBe(true);
    expect(frameOf('Is it a common challenge?', 'common')).toBeUndefined();
    expect(frameOf('How much bigger is the challenge?', 'bigger')).toBeUndefined();
  });
});

describe('translateQuery compounds', () => {
  it('reads adjacent English nouns as the Norwegian compound the corpus writes for them', () => {
    const withNouns: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ...dictionary.entries,
        ['architecture', ['arkitektur']],
        ['principle', ['prinsipp']],
        ['national', ['nasjonal']],
        ['solution', ['løsning']],
      ]),
    };
    const vocabulary = new Set(analyze('Arkitekturprinsippene og arkitektur, prinsipp, nasjonale løsninger.'));
    const terms = translateQueryTerms('What about the architecture principles and national solutions?', withNouns, vocabulary);
    expect(terms.map((term) => [term.source, term.norwegian, term.parts])).toEqual([
      ['architecture principles', ['arkitekturprinsipp'], ['arkitektur', 'prinsipp']],
      ['national', ['nasjonal'], undefined],
      ['solutions', ['løsning'], undefined],
    ]);
    // Without the compound in the corpus the words stay apart.
    const apart = translateQueryTerms('What about the architecture principles?', withNouns, new Set(analyze('arkitektur og prinsipp')));
    expect(apart.map((term) => term.source)).toEqual(['architecture', 'principles']);
  });

  it('joins a compound the corpus writes by translations it does not search alone, and by a doubtful reading of a word kept as written', () => {
    const withNouns: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['tax', ['skatt', 'avgift']], ['form', ['skjema', 'form']], ['handbook', ['håndbok']]]),
      uncertain: new Map([['online', ['nett', 'tilkoblet']]]),
    };
    // The corpus writes «skatt» and «nett» only inside compounds: alone they are not searched, in a compound they are.
    const vocabulary = new Set(analyze('Skatteskjema, avgift og form; netthåndbok og håndbok.'));
    const terms = (question: string) => translateQueryTerms(question, withNouns, vocabulary).map((term) => [term.source, term.norwegian, term.parts]);
    expect(terms('Where is the tax form?')).toEqual([['tax form', ['skatteskjema'], ['skatt', 'skjema']]]);
    expect(terms('Is there an online handbook?')).toContainEqual(['online handbook', ['netthåndbok'], ['nett', 'håndbok']]);
    // Alone, each word keeps the translations the corpus writes as words.
    expect(terms('Is the tax high?')).toContainEqual(['tax', ['avgift'], undefined]);
    expect(terms('Is it online?')).toContainEqual(['online', ['online'], undefined]);
  });

  it('reads a past participle before its noun by the form its own reading, not by its verb', () => {
    const withParticiples: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['share', ['dele']], ['system', ['system']], ['connect', ['koble']], ['sensor', ['sensor']]]),
      uncertain: new Map([
        ['shared', ['felles']],
        ['connected', ['tilkoblet', 'forbundet']],
      ]),
    };
    const vocabulary = new Set(analyze('Et felles system skal dele data; sensorer er tilkoblet og forbundet, koble dem.'));
    const reading = (question: string, source: string, near?: (candidates: readonly string[], others: readonly string[]) => string[]) =>
      translateQueryTerms(question, withParticiples, vocabulary, near).find((term) => term.source === source)?.norwegian;
    expect(reading('Does KS want a shared system?', 'shared')).toEqual(['felles']);
    expect(reading('Which shared system is used?', 'shared')).toEqual(['felles']);
    // As a verb («is shared by», «have shared») the participle is read by its verb.
    expect(reading('Is the system shared by the municipalities?', 'shared')).toEqual(['dele']);
    expect(reading('Have they shared the system?', 'shared')).toEqual(['dele']);
    // Several readings of its own: the question's other words choose, and the verb's reading stays when they choose none.
    const near = (candidates: readonly string[], others: readonly string[]) => (others.includes('sensor') ? candidates.slice(0, 1) : []);
    expect(reading('How many are the connected sensors?', 'connected', near)).toEqual(['tilkoblet']);
    expect(reading('What are the connected systems?', 'connected', () => [])).toEqual(['koble']);
  });

  it('reads a hyphenated word as a whole by its pivot translations before splitting it', () => {
    const withParts: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['short', ['kort']], ['term', ['vilkår']], ['long', ['lang']], ['plan', ['plan']], ['solution', ['løsning']]]),
      // dictd indexes FreeDict's «short-term» as «shortterm».
      uncertain: new Map([['shortterm', ['kortsiktig']]]),
    };
    const vocabulary = new Set(analyze('En kortsiktig løsning, en lang plan, korte vilkår.'));
    const terms = (question: string) => translateQueryTerms(question, withParts, vocabulary).map((term) => [term.source, term.norwegian, term.frame]);
    expect(terms('When was the short-term solution planned?')).toContainEqual(['short-term', ['kortsiktig'], undefined]);
    // No entry holds «long-term» as a whole: it is translated part by part.
    expect(terms('What is the long-term plan?').map(([source]) => source)).toEqual(['long', 'term', 'plan']);
  });

  it('reads an abbreviation and the noun after it as the hyphenated compound the corpus writes, but never joins a name', () => {
    const withNouns: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['company', ['selskap']], ['country', ['land']], ['bank', ['bank']], ['norway', ['norge']]]),
    };
    const vocabulary = new Set(analyze('RHF-ene har egne IKT-selskap. OECD-landene. Selskap, land og bank i Norge; Norgesbank.'));
    const terms = (question: string) => translateQueryTerms(question, withNouns, vocabulary).map((term) => [term.source, term.norwegian, term.parts]);
    // Translated by the glossary («ICT» → «ikt») or kept as written («OECD»), the abbreviation is the compound's first part.
    expect(terms('Which ICT companies do the hospital trusts have?')).toContainEqual(['ICT companies', ['iktselskap'], ['ikt', 'selskap']]);
    expect(terms('How does it compare with other OECD countries?')).toContainEqual(['OECD countries', ['OECDland'], ['OECD', 'land']]);
    // A name of a place or body stays apart from the noun after it.
    expect(terms('What did the Norway bank do?').map(([source]) => source)).toEqual(['Norway', 'bank']);
  });

  it('reads English «A of B» as the Norwegian compound «BA» the corpus writes, modifier first', () => {
    const withNouns: EnglishDictionary = {
      source: 'test',
      entries: new Map([...dictionary.entries, ['exchange', ['utveksling']], ['information', ['informasjon']], ['lack', ['mangel']]]),
    };
    const vocabulary = new Set(analyze('Informasjonsutvekslingen; utveksling, informasjon og mangel.'));
    const terms = (question: string) => translateQueryTerms(question, withNouns, vocabulary).map((term) => [term.source, term.norwegian, term.parts]);
    expect(terms('What limits the exchange of information?')).toContainEqual([
      'exchange of information',
      ['informasjonsutveksling'],
      ['informasjon', 'utveksling'],
    ]);
    expect(terms('What limits the exchange of the information?')).toContainEqual([
      'exchange of the information',
      ['informasjonsutveksling'],
      ['informasjon', 'utveksling'],
    ]);
    // Without the compound in the corpus, or with another word between them, the words stay apart.
    expect(terms('What explains the lack of information?').map(([source]) => source)).toEqual(['explains', 'lack', 'information']);
    expect(terms('What limits the exchange and information?').map(([source]) => source)).toEqual(['limits', 'exchange', 'information']);
  });

  it('reads English «co-» and a verb before «together» as the Norwegian prefix «sam-» where the corpus writes the compound', () => {
    const withWords: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ...dictionary.entries,
        ['governance', ['styring']],
        ['model', ['modell']],
        ['work', ['arbeid']],
        ['together', ['sammen']],
        ['sing', ['synge']],
      ]),
    };
    const vocabulary = new Set(analyze('Samstyringsmodellen og samarbeid; samstyring, styring, modell, arbeid, sammen, synge.'));
    const terms = (question: string) => translateQueryTerms(question, withWords, vocabulary).map((term) => [term.source, term.norwegian]);
    expect(terms('What does the co-governance model give?')).toContainEqual(['co governance model', ['samstyringsmodell']]);
    expect(terms('Who will pupils work together with?')).toContainEqual(['work together', ['samarbeid']]);
    // Without a «sam-» compound in the corpus «together» stays as translated, and «co» is dropped as the prefix it is.
    expect(terms('Who will pupils sing together with?')).toEqual([
      ['pupils', ['elev']],
      ['sing', ['synge']],
      ['together', ['sammen']],
    ]);
    expect(terms('What does the co-model give?')).toEqual([['model', ['modell']]]);
  });
});
