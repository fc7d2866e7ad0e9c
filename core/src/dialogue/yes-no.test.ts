import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../retrieval/query';
import { composeAnswer, defaultAnswerSettings } from '../answer/compose';
import { toSearchResult } from '../assistant/index-assistant';
import { evidenceOf } from '../retrieval/evidence';
import { indexChunk, termSetOf } from '../retrieval/indexed-chunk';
import type { RankedChunk } from '../retrieval/retriever';
import { askedSubject, asksAlternative, decidingSentence, ownWordsCarried, yesNoVerdict } from './yes-no';

describe('yesNoVerdict', () => {
  it('answers yes when the sentence carries what was asked and says it', () => {
    expect(yesNoVerdict('Ble Høykom-programmet forlenget?', 'Høykom-programmet er forlenget for tre nye år fra 2005.', 1)).toBe('yes');
  });

  it('answers no when one of question and sentence is negated', () => {
    expect(yesNoVerdict('Har Mattilsynet laget slike risikoanalyser?', 'Mattilsynet har ikke laget slike risikoanalyser.', 1)).toBe('no');
    expect(yesNoVerdict('Did the government have any support schemes?', 'Regjeringen har ingen støtteordninger.', 1)).toBe('no');
    // «målet» is no negation, «ingenting» is one word of its own.
    expect(yesNoVerdict('Er målet nådd?', 'Målet er nådd.', 1)).toBe('yes');
  });

  it('reads no negation in a web address or in nynorsk «no» (now); English «no» only in an English question', () => {
    expect(yesNoVerdict('Finnes det ferdig kursmateriell?', 'Kompetanse Norge tilbyr gratis kursmateriell (www.digidel.no).', 1)).toBe('yes');
    expect(yesNoVerdict('Kan kommunane bruke løysinga?', 'Kommunane kan no bruke løysinga.', 1)).toBe('yes');
    expect(yesNoVerdict('Is there a national strategy?', 'Norge har ingen nasjonal strategi.', 1, true)).toBe('no');
    expect(yesNoVerdict('Is there no national strategy?', 'Norge har en nasjonal strategi.', 1, true)).toBe('no');
    expect(yesNoVerdict('Is there no national strategy?', 'Norge har ingen nasjonal strategi.', 1, true)).toBe('yes');
  });

  it('answers no when the question asks whether something is left to choice and the sentence states a duty', () => {
    expect(yesNoVerdict('Kan kommunene selv velge om de vil følge forskriften?', 'Kommuner må følge den nasjonale forskriften.', 1)).toBe('no');
    expect(yesNoVerdict('Is it optional for municipalities?', 'Kommunene er pålagt å bruke løsningen.', 1)).toBe('no');
    // «Kan» alone asks whether it is possible: a duty does not deny that.
    expect(yesNoVerdict('Kan kommunene bruke løsningen?', 'Kommunene må bruke løsningen.', 1)).toBe('yes');
  });

  it('leaves open a question about a duty when the sentence states none', () => {
    expect(yesNoVerdict('Må kommunene betale for tjenesten?', 'Kommunene kan betale for tjenesten.', 1)).toBe('open');
    expect(yesNoVerdict('Er fylkene pålagt å bruke vannportalen?', 'Fylkene bruker vannportalen.', 1)).toBe('open');
    expect(yesNoVerdict('Må kommunene betale for tjenesten?', 'Kommunene må betale for tjenesten.', 1)).toBe('yes');
  });

  it('leaves open a sentence that does not carry the question', () => {
    expect(yesNoVerdict('Skal selskapet gi utbytte?', 'KS etablerte selskapet i 2023.', 0.3)).toBe('open');
  });

  it('reads a denial put in other words as no, when it carries a little of the question', () => {
    expect(yesNoVerdict('Skal helsefellesskapene kjøpe inn løsninger?', 'Helsefelleskapene skal verken utvikle eller anskaffe løsninger.', 0.25)).toBe('no');
    expect(yesNoVerdict('Skal helsefellesskapene kjøpe inn løsninger?', 'Løsningene skal ikke utvikles lokalt.', 0.1)).toBe('open');
    // A negated question answered by a sentence that does not deny needs the full share.
    expect(yesNoVerdict('Er det ikke frivillig?', 'Kommunene kan velge.', 0.3)).toBe('open');
  });
});

describe('yesNoVerdict on a limiting sentence', () => {
  it('leaves open a sentence that limits what the question asks without limit', () => {
    expect(yesNoVerdict('Gjør de fleste kommunene det?', 'I 2018 var det bare 13 prosent av kommunene som gjorde det.', 1)).toBe('open');
    expect(yesNoVerdict('Krever det at dagens struktur endres?', 'Endringene kan skje uten endring av dagens struktur.', 1)).toBe('open');
    expect(yesNoVerdict('Er IKT tatt i bruk i like stor grad i skolene?', 'IKT er tatt i bruk i svært ulik grad i skolene.', 1)).toBe('open');
  });

  it('reads a small degree or frequency as no', () => {
    expect(yesNoVerdict('Har sektoren hentet ut potensialet?', 'Potensialet er hentet ut i begrenset grad i sektoren.', 1)).toBe('no');
    expect(yesNoVerdict('Er det gevinster å hente for kommunene?', 'Det er sjelden gevinster å hente i kommunene.', 1)).toBe('no');
    expect(yesNoVerdict('Er det sjelden gevinster å hente?', 'Det er sjelden gevinster å hente.', 1)).toBe('yes');
  });

  it('reads a limit the question asks about too as yes', () => {
    expect(yesNoVerdict('Er tilbudet bare for eldre?', 'Tilbudet er bare for eldre.', 1)).toBe('yes');
    expect(yesNoVerdict('Is the offer only for older people?', 'Tilbudet er bare for eldre.', 1, true)).toBe('yes');
  });
});

describe('asksAlternative', () => {
  it('reads a second clause or a coordinated cleft focus as an alternative, which no yes or no answers', () => {
    expect(asksAlternative('Gjelder digitaliseringsrundskrivet kommunene, eller hvem er det rettet mot?')).toBe(true);
    expect(asksAlternative('Står den på egne bein, eller er den bare en del av den?')).toBe(true);
    expect(asksAlternative('er det kommunene eller KS som sitter på aksjene?')).toBe(true);
    expect(asksAlternative('Is it run by the state, or by the municipalities?')).toBe(true);
    expect(asksAlternative('Er den gratis eller hva koster den?')).toBe(true);
    expect(yesNoVerdict('Er den hjelpen gratis, eller hva må kommunen ut med?', 'Hjelpen er gratis for kommunene.', 1)).toBe('open');
  });

  it('keeps «eller» inside a phrase, «eller ikke» and a hyphenated compound part as yes/no', () => {
    expect(asksAlternative('Er det meir enn tre hundre kommunar som har fullført eller starta innkjøpa sine?')).toBe(false);
    expect(asksAlternative('Har regjeringa nokon insentiv eller støtteordningar for omsorgsteknologi?')).toBe(false);
    expect(asksAlternative('Er tjenesten gratis, eller ikke?')).toBe(false);
    expect(asksAlternative('Gjelder det helse- eller omsorgstjenester?')).toBe(false);
    expect(yesNoVerdict('Er tjenesten gratis, eller ikke?', 'Tjenesten er gratis.', 1)).toBe('yes');
    expect(yesNoVerdict('Is the service free or not?', 'Tjenesten er gratis.', 1, true)).toBe('yes');
  });
});

describe('ownWordsCarried', () => {
  it('counts the question’s own words, not the conversation’s context', () => {
    const prepared = prepareQuery('Blir registeret lagt ned', null);
    const withContext = {
      ...prepared,
      terms: { ...prepared.terms, stems: [...prepared.terms.stems, 'skatteetat'], weights: [...prepared.terms.stems.map(() => 1), 0.5] },
    };
    const sentence = termSetOf('Registeret blir lagt ned i 2026.');
    expect(ownWordsCarried(withContext, () => 1, sentence)).toBe(1);
    expect(ownWordsCarried(withContext, () => 1, termSetOf('Skatteetaten moderniserer registeret.'))).toBeLessThan(0.5);
  });
});

describe('askedSubject', () => {
  it('reads the first content word after the opening verb, after a formal «det» and past determiners', () => {
    expect(askedSubject('Er fylkene pålagt å bruke Vannportalen?')).toBe('fylkene');
    expect(askedSubject('og skal helsefellesskapene selv kjøpe inn løsninger?')).toBe('helsefellesskapene');
    expect(askedSubject('Er det motstand mot digitale eksamener?')).toBe('motstand');
    expect(askedSubject('er det flere anbud under arbeid?')).toBe('anbud');
  });

  it('has none when a pronoun stands there (its referent is the conversation’s) or a clause is asked about', () => {
    expect(askedSubject('Er den åpen for private barnehager?')).toBeNull();
    expect(askedSubject('Må vi levere søknaden vår innen fristen?')).toBeNull();
    expect(askedSubject('Er det riktig at det blir tre arbeidstakere per pensjonist?')).toBeNull();
    expect(askedSubject('Stemmer det at over tjue elever må dele én PC?')).toBeNull();
  });
});

describe('decidingSentence', () => {
  it('takes, for a choice or duty question, the first sentence carrying enough of it that states a duty or a choice', () => {
    const sentences = [
      { text: 'Bare 13 prosent av kommunene følger forskriften.', carried: 0.8 },
      { text: 'Kommunene må følge forskriften.', carried: 0.3 },
      { text: 'Kommunene er pålagt å følge forskriften.', carried: 0.6 },
    ];
    expect(decidingSentence('Kan kommunene selv velge om de vil følge forskriften?', sentences)).toBe(2);
    expect(decidingSentence('Må kommunene følge forskriften?', sentences)).toBe(2);
    // Any other question is read from the best sentence.
    expect(decidingSentence('Følger kommunene forskriften?', sentences)).toBe(0);
    // No sentence states a duty or a choice: the best one.
    expect(decidingSentence('Kan kommunene selv velge om de vil følge forskriften?', sentences.slice(0, 1))).toBe(0);
  });

  it('passes over a best sentence that lacks the subject, unless it denies', () => {
    const sentences = [
      { text: 'Digitale eksamener er prøvd ut i Norge.', carried: 0.5, subject: false },
      { text: 'Det er betydelig motstand mot digitale eksamener.', carried: 1, subject: true },
    ];
    expect(decidingSentence('Er det motstand mot digitale eksamener?', sentences)).toBe(1);
    const denial = [{ ...sentences[0], text: 'Helsefelleskapene skal verken utvikle eller anskaffe løsninger.' }, sentences[1]] as typeof sentences;
    expect(decidingSentence('Skal helsefellesskapene kjøpe inn løsninger?', denial)).toBe(0);
  });

  it('takes a later quoted sentence that carries the question and its subject and denies it over a best one that denies nothing', () => {
    const sentences = [
      { text: 'En nasjonal strategi for omsorgsteknologi.', carried: 0.6, subject: true },
      { text: 'Norge har ingen nasjonal strategi for omsorgsteknologi.', carried: 0.8, subject: true },
    ];
    expect(decidingSentence('Finnes det en nasjonal strategi for omsorgsteknologi?', sentences)).toBe(1);
    // Not one that carries too little of it, nor one that lacks its subject, nor when the question itself is negated.
    expect(
      decidingSentence('Finnes det en nasjonal strategi for omsorgsteknologi?', [sentences[0], { ...sentences[1], carried: 0.3 }] as typeof sentences),
    ).toBe(0);
    expect(
      decidingSentence('Finnes det en nasjonal strategi for omsorgsteknologi?', [sentences[0], { ...sentences[1], subject: false }] as typeof sentences),
    ).toBe(0);
    expect(decidingSentence('Finnes det ingen nasjonal strategi for omsorgsteknologi?', sentences)).toBe(0);
  });
});

describe('a yes/no answer', () => {
  const rule = { ...defaultAnswerSettings, answerability: null };
  const ranked = (question: string, text: string): { query: ReturnType<typeof prepareQuery>; ranked: RankedChunk[] } => {
    const query = prepareQuery(question, null);
    const chunk = indexChunk(
      { id: 'a', file: 'a.txt', title: 'Selskapet', heading: 'Eierskap', start: 0, end: text.length, text, alsoIn: [] },
      [2023, 2023],
      text,
    );
    const sentenceEvidence = chunk.sentences.map((sentence) => evidenceOf(query.terms, () => 1, sentence.terms));
    const none = { coverage: 0, numbers: 0, score: 0 };
    return { query, ranked: [{ chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, sentenceEvidence, chunkEvidence: none }] };
  };

  it('opens with the sentence its «Nei» is read from', () => {
    const { query, ranked: items } = ranked(
      'Skal selskapet gi utbytte til eieren?',
      'KS etablerte selskapet for å gi eieren digitale tjenester. Selskapet skal ikke gi utbytte til eieren sin.',
    );
    // Both sentences are quoted (a low follow ratio); the one that decides comes first.
    const response = composeAnswer(query, items, toSearchResult, { ...rule, followRatio: 0.3 }, undefined, { yesNo: true });
    expect(response.answer).toMatch(/^Nei – Selskapet skal ikke gi utbytte til eieren sin\. \[1\] KS etablerte/u);
  });

  it('reads a choice question from the quoted sentence that states a duty, not from the best one', () => {
    const { query, ranked: items } = ranked(
      'Kan kommunene selv velge om de vil følge forskriften?',
      'Bare 13 prosent av kommunene følger selv forskriften. Kommunene må følge forskriften.',
    );
    const response = composeAnswer(query, items, toSearchResult, { ...rule, followRatio: 0.3 }, undefined, { yesNo: true });
    expect(response.answer).toMatch(/^Nei – Kommunene må følge forskriften\. \[1\] Bare 13 prosent/u);
  });

  it('says no «Ja» from a sentence about another subject', () => {
    const { query, ranked: items } = ranked('Er fylkene pålagt å bruke Vannportalen?', 'Vannverkene er pålagt å bruke Vannportalen for prøvesvar.');
    const response = composeAnswer(query, items, toSearchResult, rule, undefined, { yesNo: true });
    expect(response.answer).toMatch(/^Dokumentene sier dette: Vannverkene/u);
    const { query: asked, ranked: same } = ranked('Er fylkene pålagt å bruke Vannportalen?', 'Fylkene er pålagt å bruke Vannportalen.');
    expect(composeAnswer(asked, same, toSearchResult, rule, undefined, { yesNo: true }).answer).toMatch(/^Ja – Fylkene/u);
  });

  it('says only what the documents say when the sentence does not carry the question', () => {
    // The sentence carries two of three words, but not the rare one the question turns on.
    const { query, ranked: items } = ranked('Skal selskapet betale utbytte?', 'Selskapet skal betale for driften av løsningene.');
    const weightOf = (stem: string) => (stem.startsWith('utbytt') ? 5 : 1);
    const response = composeAnswer(query, items, toSearchResult, rule, undefined, { yesNo: true, weightOf });
    expect(response.abstained).toBe(false);
    expect(response.answer).toMatch(/^Dokumentene sier dette: /u);
  });
});
