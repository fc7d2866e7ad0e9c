import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import {
  answerBearing,
  askedYearStems,
  circumstanceStems,
  complexPrepositionStems,
  confirmingWord,
  inflectedFrameStems,
  unframedStems,
  type FrameKnowledge,
} from './question-frame';

/** A few forms as the lemma tables and the finite-verb table read them. */
const lemmas: Record<string, string[]> = {
  gjelder: ['gjelde'],
  gjaldt: ['gjelde'],
  går: ['gå'],
  gikk: ['gå'],
  finnes: ['finne'],
  fant: ['finne'],
  fikk: ['få'],
};
const finite = new Set(['gjelder', 'gjaldt', 'går', 'gikk', 'finnes', 'fant', 'fikk', 'stemmer', 'ønsker']);
const knowledge: FrameKnowledge = { lemmasOf: (word) => lemmas[word] ?? [], isFiniteVerb: (word) => finite.has(word) };

describe('inflectedFrameStems', () => {
  it('reads other tenses of the frame verbs as frame words', () => {
    expect([...inflectedFrameStems('Hva gjaldt det, og hva gikk prosjektet ut på?', knowledge)].sort()).toEqual([...analyze('gjaldt gikk')].sort());
  });

  it('leaves verbs outside the frame and the active forms of an s-passive frame word as answer-bearing', () => {
    expect([...inflectedFrameStems('Hva fikk de, og hva fant de ut?', knowledge)]).toEqual([]);
  });

  it('finds nothing without the tables', () => {
    expect([...inflectedFrameStems('Hva gjaldt det?', { lemmasOf: () => [], isFiniteVerb: () => null })]).toEqual([]);
  });

  it('drops them from the answer-bearing stems', () => {
    const question = 'Hva gjaldt tilskuddet?';
    expect(answerBearing(analyze(question), question, inflectedFrameStems(question, knowledge))).toEqual(analyze('tilskuddet'));
  });
});

describe('unframedStems', () => {
  it('keeps the infinitive of a frame verb as what the question asks about («la folk stemme» is to vote)', () => {
    const question = 'Ved hvilket valg ville KS la folk stemme elektronisk?';
    expect([...unframedStems(question, knowledge)]).toEqual(analyze('stemme'));
    expect(answerBearing(analyze(question), question, new Set(), unframedStems(question, knowledge))).toContain(analyze('stemme')[0]);
    expect(answerBearing(analyze(question), question)).not.toContain(analyze('stemme')[0]);
  });

  it('leaves the stem framed where the question writes the finite form too, or the tables do not know the word', () => {
    expect([...unframedStems('Stemmer det at folk kan stemme elektronisk?', knowledge)]).toEqual([]);
    expect([...unframedStems('Stemmer det at valget er elektronisk?', knowledge)]).toEqual([]);
    expect([...unframedStems('Kan folk stemme elektronisk?', { lemmasOf: () => [], isFiniteVerb: () => null })]).toEqual([]);
  });

  it('reads the frame words once per resources, not once per question', () => {
    let calls = 0;
    const counting: FrameKnowledge = {
      lemmasOf: (word) => knowledge.lemmasOf(word),
      isFiniteVerb: (word) => {
        calls += 1;
        return knowledge.isFiniteVerb(word);
      },
    };
    const question = 'Ved hvilket valg ville KS la folk stemme elektronisk?';
    expect([...unframedStems(question, counting)]).toEqual(analyze('stemme'));
    const first = calls;
    expect([...unframedStems(question, counting)]).toEqual(analyze('stemme'));
    // The second question asks only about its own words, none of the frame words again.
    expect(calls - first).toBe(question.match(/\p{L}+/gu)?.length);
  });
});

describe('answerBearing in nynorsk', () => {
  it('frames the nynorsk of the bokmål frame words as their bokmål twins («fortel», «nemn» as «fortell», «nevn»)', () => {
    expect(answerBearing(analyze('Fortel om velferdsteknologi'))).toEqual(answerBearing(analyze('Fortell om velferdsteknologi')));
    expect(answerBearing(analyze('Nemn tiltaka i planen'))).toEqual(analyze('tiltaka planen'));
  });
});

describe('answerBearing with modal particles', () => {
  it('frames the particles that colour a question («faktisk», «altså», «likevel»), as «egentlig»', () => {
    expect(answerBearing(analyze('Blir kommunenes innspill faktisk hørt?'))).toEqual(analyze('kommunenes innspill hørt'));
    expect(answerBearing(analyze('Så KS vil altså ikke ha en omorganisering?'))).toEqual(analyze('KS omorganisering'));
    expect(answerBearing(analyze('Trekker KS likevel fram noe land?'))).toEqual(analyze('Trekker KS fram land'));
  });

  it('frames the sentence adverbials that comment on the question («forresten»), not «totalt», which the texts write', () => {
    expect(answerBearing(analyze('kven skreiv under, forresten?'))).toEqual(analyze('skreiv under'));
    expect(answerBearing(analyze('hvor mange har totalt fått penger?'))).toEqual(analyze('totalt fått penger'));
  });
});

describe('answerBearing with the pro-verb «gjøre»', () => {
  it('frames «gjøre» whose object is the question word («Hva vil KS gjøre for …?»), bokmål and nynorsk', () => {
    const read = (question: string) => answerBearing(analyze(question), question);
    expect(read('Hva vil KS gjøre for Geovekst-samarbeidet?')).not.toContain(analyze('gjøre')[0]);
    expect(read('Kva bør kommunen gjere med det?')).not.toContain(analyze('gjøre')[0]);
    expect(read('Hva har KS gjort med pasientjournalloven?')).not.toContain(analyze('gjort')[0]);
  });

  it('frames «skje» whose subject is the question word («Hva skjer med Akson?», «kva som skjedde etter det»)', () => {
    const read = (question: string) => answerBearing(analyze(question), question);
    expect(read('Hva skjer med Akson?')).toEqual(analyze('Akson'));
    expect(read('Kva skriv KS om kva som skjedde etter Akson?')).not.toContain(analyze('skjedde')[0]);
    expect(read('Når skjer overgangen?')).toContain(analyze('skjer')[0]);
  });

  it('frames «se for seg», «hvordan ser X på» and «hvordan ser X ut» (opinion and appearance), bokmål and nynorsk', () => {
    const read = (question: string) => answerBearing(analyze(question), question);
    expect(read('Hvordan ser KS for seg framtidens skole?')).toEqual(analyze('KS framtidens skole'));
    expect(read('Korleis ser dei føre seg tenestene?')).not.toContain(analyze('ser')[0]);
    expect(read('Hvordan ser KS på primærhelsetjenesten?')).toEqual(analyze('KS primærhelsetjenesten'));
    expect(read('Hvordan ser journalsystemene ut?')).toEqual(analyze('journalsystemene'));
    // Seeing something is no frame: what is seen is asked about.
    expect(read('Hvem ser på journalene?')).toContain(analyze('ser')[0]);
    expect(read('Hvor mange innbyggere ser kommunestyremøtene?')).toContain(analyze('ser')[0]);
  });

  it("frames a verb of finding or showing whose object is the question word («Hva fant KS' kartlegging …?»), bokmål and nynorsk", () => {
    const read = (question: string) => answerBearing(analyze(question), question);
    expect(read("Hva fant KS' kartlegging av skolenes nettforbindelser?")).toEqual(analyze("KS' kartlegging av skolenes nettforbindelser"));
    expect(read('Kva fann KS si undersøking om breibandstilkoplinga?')).not.toContain(analyze('fann')[0]);
    expect(read('Hva viste perspektivmeldingen om helsearbeidere?')).not.toContain(analyze('viste')[0]);
    expect(read('Hva avdekket kartleggingen?')).toEqual(analyze('kartleggingen'));
    expect(read('Hva fant de ut om nyutdannede sykepleiere?')).toEqual(analyze('nyutdannede sykepleiere'));
  });

  it("keeps a verb of finding that is not the question word's own (a subject question, another clause)", () => {
    const read = (question: string) => answerBearing(analyze(question), question);
    expect(read('Hvem fant feilen i systemet?')).toContain(analyze('fant')[0]);
    expect(read('Hva skal kommunene vise til i søknaden?')).toContain(analyze('vise')[0]);
    expect(read('Hvem viste fram løsningen?')).toContain(analyze('viste')[0]);
  });

  it('keeps the causative «gjøre det mulig», «gjøre at» and a «gjøre» outside a what-question', () => {
    const read = (question: string) => answerBearing(analyze(question), question);
    expect(read('Hva skal gjøre det mulig å ta etterutdanning?')).toContain(analyze('gjøre')[0]);
    expect(read('Hva gjør at informasjonsutveksling blir lettere?')).toContain(analyze('gjør')[0]);
    expect(read('Hvordan gjør kommunen det?')).toContain(analyze('gjør')[0]);
  });
});

describe('askedYearStems', () => {
  it('reads the year noun after an interrogative determiner as the kind of fact asked, bokmål, nynorsk and English', () => {
    expect([...askedYearStems('Innen hvilket år skulle kommunene ha innført elektronisk handel?')]).toEqual(analyze('år'));
    expect([...askedYearStems('Kva år var fristen for dette?')]).toEqual(analyze('år'));
    expect([...askedYearStems('Hvilket årstall satte planen som frist?')]).toEqual(analyze('årstall'));
    expect([...askedYearStems('By which year should councils publish it?')]).toEqual(analyze('år'));
  });

  it('leaves «år» a word asked about elsewhere («hvert år», «hvor mange år»)', () => {
    expect([...askedYearStems('Hvor mye sparer kommunene hvert år?')]).toEqual([]);
    expect([...askedYearStems('Hvor mange år varer avtalen?')]).toEqual([]);
    expect([...askedYearStems('What does the plan say about the year ahead?')]).toEqual([]);
  });
});

describe('complexPrepositionStems', () => {
  it('reads the noun of a complex preposition as no word the question asks about, bokmål and nynorsk', () => {
    expect([...complexPrepositionStems('Hva skal utvikles i forbindelse med NAV-reformen?')]).toEqual(analyze('forbindelse'));
    expect([...complexPrepositionStems('Kva vil KS få utvikla i samband med reforma?')]).toEqual(analyze('samband'));
    expect([...complexPrepositionStems('Hvor mange logget inn I løpet av 2019?')]).toEqual(analyze('løpet'));
  });

  it('keeps a noun the question also writes outside the construction, and the same noun written alone', () => {
    expect([...complexPrepositionStems('Hva er grunnen til at de stoppet på grunn av kostnadene?')]).toEqual([]);
    expect([...complexPrepositionStems('Hva er forbindelsen mellom planene?')]).toEqual([]);
    expect([...complexPrepositionStems('Hvem samarbeider KS med i forbindelsen?')]).toEqual([]);
  });

  it('reads the words of a fixed sentence adverbial («i så fall», «til sammen», «i alle høve») as no word the question asks about', () => {
    expect([...complexPrepositionStems('hvor mange parter måtte i så fall gjøre slike avtaler?')]).toEqual(analyze('fall'));
    expect([...complexPrepositionStems('Hvor mange brukere er det til sammen?')]).toEqual(analyze('sammen'));
    expect([...complexPrepositionStems('Kva kostar det i alle høve?')]).toEqual(analyze('høve'));
    expect([...complexPrepositionStems('Hvem skal arbeide sammen i så fall?')]).toEqual(analyze('fall'));
    expect([...complexPrepositionStems('Hvor mange fall av svindel var det?')]).toEqual([]);
  });

  it('reads «noen gang» (ever) as such an adverbial, not «gang» elsewhere', () => {
    expect([...complexPrepositionStems('Ble den plattformen noen gang ferdigstilt?')]).toEqual(analyze('gang'));
    expect([...complexPrepositionStems('Har dei nokon gong prøvd det?')]).toEqual(analyze('gong'));
    expect([...complexPrepositionStems('Er arbeidet i gang?')]).toEqual([]);
  });

  it('reads the words of a fixed adverbial of hedging («i verste fall», «stort sett») as no word asked about', () => {
    expect([...complexPrepositionStems('Hvor mange elever måtte i verste fall dele en PC?')].sort()).toEqual(analyze('verste fall').sort());
    expect([...complexPrepositionStems('Kva vert systemet stort sett brukt til?')].sort()).toEqual(analyze('stort sett').sort());
    expect([...complexPrepositionStems('Hvilken kommune kom først i landet?')]).toEqual([]);
    expect([...complexPrepositionStems('Hvor stort er verste utfall?')]).toEqual([]);
  });

  it('drops the noun from the answer-bearing stems', () => {
    const question = 'Hva skal utvikles i forbindelse med NAV-reformen?';
    expect(answerBearing(analyze(question), question, complexPrepositionStems(question))).not.toContain(analyze('forbindelse')[0]);
    expect(answerBearing(analyze(question), question)).toContain(analyze('forbindelse')[0]);
  });
});

describe('circumstanceStems', () => {
  it('reads the complement of a complex preposition, to the end of its clause or three words', () => {
    expect([...circumstanceStems('Hva skal KS sørge for at utvikles i forbindelse med NAV-reformen?')]).toEqual(analyze('NAV-reformen'));
    expect([...circumstanceStems('Kva vil KS få utvikla i samband med reforma for kommunane?')]).toEqual(analyze('reforma'));
    expect([...circumstanceStems('Hva skjedde i tråd med planen og hvorfor?')]).toEqual(analyze('planen'));
  });

  it('leaves out a number, a word the question writes outside the phrase, and a question without one', () => {
    expect([...circumstanceStems('Hva skal være på plass i løpet av 2011?')]).toEqual([]);
    expect([...circumstanceStems('Hva er reformen i forbindelse med reformen?')]).toEqual([]);
    expect([...circumstanceStems('Hva skal KS utvikle for NAV?')]).toEqual([]);
  });

  it('reads an English complement through the stems its words were translated to', () => {
    const sources = [
      { source: 'KS', stems: ['ks'] },
      { source: 'develop', stems: ['utvikl'] },
      { source: 'NAV reform', stems: ['navreform'] },
      { source: 'reform', stems: ['reform'] },
      { source: 'new', stems: ['ny'] },
      { source: 'part', stems: ['del'] },
    ];
    expect([...circumstanceStems('What will KS develop in connection with the NAV reform?', sources)]).toEqual(['navreform', 'reform']);
    expect([...circumstanceStems('What will KS develop in the context of the new reform, and why?', sources)]).toEqual(['reform', 'ny']);
    expect([...circumstanceStems('What will KS do as part of the reform that KS leads?', sources)]).toEqual(['reform']);
    // A word the question also asks about outside the phrase, and a question without one.
    expect([...circumstanceStems('What reform will KS develop in connection with the reform?', sources)]).toEqual([]);
    expect([...circumstanceStems('What will KS develop for NAV?', sources)]).toEqual([]);
    // A preposition of respect names what is asked about.
    expect([...circumstanceStems('What will KS develop with regard to the reform?', sources)]).toEqual([]);
  });
});

describe('answerBearing of a confirming frame («Er det riktig at …?»)', () => {
  it('frames the predicative that asks to confirm a clause, in bokmål and nynorsk', () => {
    const question = 'Er det meningen at helsefellesskapene skal kjøpe teknologi?';
    expect(answerBearing(analyze(question), question)).toEqual(answerBearing(analyze('helsefellesskapene skal kjøpe teknologi')));
    const nynorsk = 'Er det rett at kommunane må betale?';
    expect(answerBearing(analyze(nynorsk), nynorsk)).not.toContain(analyze('rett')[0]);
    const adverb = 'Er det virkelig sant at Norge har flest utbyggere?';
    expect(answerBearing(analyze(adverb), adverb)).not.toContain(analyze('sant')[0]);
  });

  it('keeps the same words where they are no frame: not after the opening «er det», nor without the clause', () => {
    const named = 'Har kommunene fått riktig informasjon om planen?';
    expect(answerBearing(analyze(named), named)).toEqual(expect.arrayContaining(analyze('riktig planen')));
    const noClause = 'Er det planen til KS som gjelder?';
    expect(answerBearing(analyze(noClause), noClause)).toContain(analyze('planen')[0]);
  });

  it('gives the English predicative as written', () => {
    expect(confirmingWord('Is it true that ID-porten gives access to 4000 services?')).toBe('true');
    expect(confirmingWord('Is it the case that municipalities pay?')).toBe('the case');
    expect(confirmingWord('Is it true?')).toBeNull();
  });
});

describe('answerBearing of a verb of opinion', () => {
  it('frames the verbs of opinion as «mener» («Tror KS at …?», nynorsk «trur»)', () => {
    for (const [question, verb] of [
      ['Tror KS at ordningen er stor nok?', 'tror'],
      ['Trur KS at ordninga er stor nok?', 'trur'],
    ] as const) {
      const bearing = answerBearing(analyze(question), question);
      expect(bearing).not.toContain(analyze(verb)[0]);
      expect(bearing).toEqual(expect.arrayContaining(analyze('KS stor')));
    }
  });
});
