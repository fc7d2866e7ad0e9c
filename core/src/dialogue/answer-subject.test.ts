import { describe, expect, it } from 'vitest';
import { agreesWithPronoun, answerNewThing, answerSubject, suchKind } from './answer-subject';

describe('answerSubject', () => {
  it('reads the words before the first finite verb of the first quote', () => {
    expect(answerSubject('Kommunesektorens organisasjon for digitalisering er et aksjeselskap eid av KS. [1] Det ble stiftet i 2023. [1]')).toBe(
      'Kommunesektorens organisasjon for digitalisering',
    );
    expect(answerSubject('From the Norwegian documents: Helsenettet leverer sikker kommunikasjon mellom aktørene. [1]')).toBe('Helsenettet');
    expect(answerSubject('Ja – Fylkeskommunane skal ta i bruk løysinga innan 2025. [1]')).toBe('Fylkeskommunane');
  });

  it('reads none from an abstention, a sentence opening with an adverbial or a pronoun, or a long opening', () => {
    expect(answerSubject('Jeg finner ikke svar på dette i dokumentene.')).toBe('');
    expect(answerSubject('I 2020 skal alle kommuner ha tatt i bruk løsningen. [1]')).toBe('');
    expect(answerSubject('Det er kommunene som har ansvaret. [1]')).toBe('');
    expect(answerSubject('Hittil er det gitt finansiering til prosjektene Digisos og Digihelse. [1]')).toBe('');
    expect(answerSubject('Foreløpig er det betydelig skepsis til teknologien. [1]')).toBe('');
    expect(answerSubject('Arbeidet med nye felles løsninger for alle landets kommuner og fylker er i gang. [1]')).toBe('');
    // Any preposition opens an adverbial, not only the commonest ones.
    expect(answerSubject('Innenfor kommunal sektor er det allerede en relativt stor utbredelse. [1]')).toBe('');
    expect(answerSubject('Blant kommunene er det stor variasjon. [1]')).toBe('');
  });

  it('reads the subject after a label set off by a free-standing dash, not the label', () => {
    expect(answerSubject('Elektronisk pasientjournal - Kommunene skal ha som mål at all dokumentasjon skjer elektronisk. [1]')).toBe('Kommunene');
    expect(answerSubject('Kompetanseheving – I løpet av 2011 skal ansatte ha tilstrekkelig kunnskap. [1]')).toBe('');
    expect(answerSubject('IP-telefoni er et alternativ for kommunene. [1]')).toBe('IP-telefoni');
    // A dash after the verb sets off no label.
    expect(answerSubject('Over 300 kommuner har anskaffet nye løsninger – og med felles utgangspunkt. [1]')).toBe('Over 300 kommuner');
  });

  it('reads no subject whose last word is no noun: an adverb, a conjunction or a number without its noun', () => {
    expect(answerSubject('Nettopp derfor er det viktig å samordne arbeidet. [1]')).toBe('');
    expect(answerSubject('Drøyt 400 har tatt i bruk løsningen. [1]')).toBe('');
    expect(answerSubject('Over 300 kommuner har anskaffet nye løsninger. [1]')).toBe('Over 300 kommuner');
    expect(answerSubject('Norsk helsenett SF skal levere tjenesten. [1]')).toBe('Norsk helsenett SF');
    // A relative clause after the subject: the subject ends before «som».
    expect(answerSubject('HØYKOM-programmet som ble etablert for å støtte bredbåndsutviklingen, har betydd mye. [1]')).toBe('HØYKOM-programmet');
  });
});

describe('agreesWithPronoun', () => {
  it('reads a one-word definite subject as what a pronoun of its gender points to, not one of the other gender', () => {
    expect(agreesWithPronoun('Strategien', 'hvilke tre mål setter den opp?')).toBe(true);
    expect(agreesWithPronoun('Departementet', 'Hvem har lagt inn penger i den?')).toBe(false);
    expect(agreesWithPronoun('Konsekvensen', 'Vil fylket ha det utsatt?')).toBe(false);
    expect(agreesWithPronoun('Notatet', 'Kommer det flere?')).toBe(true);
    expect(agreesWithPronoun('Handlingsplanen', 'og kven skreiv han?')).toBe(true);
    expect(agreesWithPronoun('Notatet', 'og kven skreiv han?')).toBe(false);
  });

  it('agrees when the subject shows no gender or the question points with both genders or none', () => {
    expect(agreesWithPronoun('Kommunesektorens organisasjon for digitalisering', 'Når ble den stiftet?')).toBe(true);
    expect(agreesWithPronoun('eFormidling', 'Er det gratis?')).toBe(true);
    expect(agreesWithPronoun('Departementet', 'Hvor mye har de gitt?')).toBe(true);
    expect(agreesWithPronoun('Konsekvensen', 'Er det den samme?')).toBe(true);
  });
});

describe('answerNewThing', () => {
  it('reads the noun phrase the first quote introduces with an indefinite article after its verb', () => {
    const answer = 'KS har i samarbeid med departementet utarbeidet et veiledningshefte. [1] Det er gratis. [2]';
    expect(answerNewThing(answer, 'hva tar det opp?')).toBe('veiledningshefte');
    expect(answerNewThing('Departementet har bevilget en ny ordning for kommunene. [1]', 'hvem styrer den?')).toBe('ny ordning');
    expect(answerNewThing('From the Norwegian documents: KS har laget en veileder. [1]', 'who wrote it?')).toBe('veileder');
  });

  it('reads none when the pronoun has the other gender, the quote introduces nothing, or there is no quote', () => {
    expect(answerNewThing('KS har utarbeidet et veiledningshefte. [1]', 'hvem eier den?')).toBe('');
    expect(answerNewThing('KS har utarbeidet veiledningshefter. [1]', 'hva tar det opp?')).toBe('');
    expect(answerNewThing('Jeg finner ikke svar på dette i dokumentene.', 'hva tar det opp?')).toBe('');
  });
});

describe('suchKind', () => {
  it('reads the kind the last turn named for the noun «slike» qualifies: the word before it, or the compound it heads', () => {
    const said = 'hva er problemet? Utfordringen er at det må inngås bilaterale avtaler om bruk av tjenestene. [1]';
    expect(suchKind('hvor mange parter måtte gjøre slike avtaler?', said)).toEqual(['bilaterale']);
    expect(suchKind('brukar kommunane slike løysingar i dag?', 'Kva er omsorgsteknologi? Omsorgsteknologiløysingar hjelper eldre. [1]')).toEqual([
      'Omsorgsteknologiløysingar',
    ]);
    expect(suchKind('bruker kommunene slike løsninger i dag?', 'KS anbefaler nasjonale samhandlingsløsninger. [1]')).toEqual(['samhandlingsløsninger']);
  });

  it('reads none when the noun is not there, or only after an article, a number or a preposition', () => {
    expect(suchKind('hvor mange slike kontorer ble det?', 'Det skal opprettes et kontor i hver kommune. [1]')).toEqual([]);
    expect(suchKind('hva koster slike avtaler?', 'Kommunene inngår 20 avtaler med de avtaler de har. [1]')).toEqual([]);
    expect(suchKind('hva koster det?', 'Kommunene inngår bilaterale avtaler. [1]')).toEqual([]);
  });
});
