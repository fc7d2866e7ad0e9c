import { describe, expect, it } from 'vitest';
import { asksReason, definitionFocus, givesDefinition, givesNewAnswer, givesReason, signingWords } from './answer-cue';
import { prepareQuery } from './query';

describe('definitionFocus', () => {
  it('finds the word a definition question asks about, in bokmål, nynorsk and English', () => {
    expect(definitionFocus('Hva menes med samhandling i planen?')).toBe('samhandling');
    expect(definitionFocus('Kva meiner departementet med datadeling?')).toBe('datadeling');
    expect(definitionFocus('Hva står NAV for?')).toBe('NAV');
    expect(definitionFocus('What does GDPR stand for?')).toBe('GDPR');
    expect(definitionFocus("What does 'privacy' cover in the plan?")).toBe('privacy');
    expect(definitionFocus('Hva er Altinn?')).toBe('Altinn');
    expect(definitionFocus('Kva er velferdsteknologi?')).toBe('velferdsteknologi');
  });

  it('finds none in questions that ask for something else', () => {
    expect(definitionFocus('Hva er fristen for at kommunene skal ha tatt i bruk digital post?')).toBeNull();
    expect(definitionFocus('Hvem eier selskapet?')).toBeNull();
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

describe('givesNewAnswer', () => {
  it('wants a name the who-question does not use', () => {
    const query = prepareQuery('Hvem driver Markedsplassen?', null);
    expect(givesNewAnswer('Driften er overlatt til Moderniseringsdepartementet.', 'who', query)).toBe(true);
    expect(givesNewAnswer('Over Markedsplassen handler Kommunene mye.', 'who', query)).toBe(true);
    expect(givesNewAnswer('Handelen over Markedsplassen øker.', 'who', query)).toBe(false);
  });

  it('wants a year the when-question does not name, and answers a how-long question with a year', () => {
    const query = prepareQuery('Hvor lenge har avtalen fra 2015 gjeldt?', null);
    expect(givesNewAnswer('Avtalen har gjeldt siden 2019.', 'time', query)).toBe(true);
    expect(givesNewAnswer('Avtalen fra 2015 er viktig.', 'time', query)).toBe(false);
  });

  it('wants a number the how-many question does not state', () => {
    const query = prepareQuery('Hvor mange av de 356 kommunene deltar?', null);
    expect(givesNewAnswer('Over 200 kommuner deltar.', 'count', query)).toBe(true);
    expect(givesNewAnswer('Det er 356 kommuner i landet.', 'count', query)).toBe(false);
  });
});

describe('signingWords', () => {
  it('finds the signing verb in bokmål, nynorsk and English questions', () => {
    expect(signingWords('Hvem har underskrevet rapporten?')).toBe('underskrevet');
    expect(signingWords('Kven skreiv under avtalen?')).toBe('skreiv under');
    expect(signingWords('Who signed the letter?')).toBe('signed');
    expect(signingWords('Hvem skrev rapporten?')).toBeNull();
  });

  it('searches a signing question by the closing formula of a letter, not by the verb', () => {
    const query = prepareQuery('Hvem har underskrevet notatet?', null);
    expect(query.text).toMatch(/hilsen$/u);
    expect(query.terms.stems).not.toContain('underskrev');
  });
});

describe('asksReason and givesReason', () => {
  it('reads why-questions in bokmål, nynorsk and English', () => {
    expect(asksReason('Hvorfor tar det så lang tid?')).toBe(true);
    expect(asksReason('Kvifor manglar kommunane kompetanse?')).toBe(true);
    expect(asksReason('Hva er grunnen til forsinkelsen?')).toBe(true);
    expect(asksReason('Why did the project stop?')).toBe(true);
    expect(asksReason('Hvordan tar kommunene det i bruk?')).toBe(false);
  });

  it('finds a cause or reason in a sentence', () => {
    expect(givesReason('Forsinkelsen skyldes mangel på kompetanse.')).toBe(true);
    expect(givesReason('Årsakene kan være knyttet til kostnader.')).toBe(true);
    expect(givesReason('Kommunane manglar kompetanse fordi opplæringa er for dårleg.')).toBe(true);
    expect(givesReason('Kommunene tar løsningen i bruk i 2011.')).toBe(false);
  });
});
