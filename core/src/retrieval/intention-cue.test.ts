import { describe, expect, it } from 'vitest';
import { intentionSubjectOf, statesIntention } from './intention-cue';

describe('intentionSubjectOf', () => {
  it('reads the subject of a question about what someone will or shall do, in bokmål, nynorsk and English', () => {
    expect(intentionSubjectOf('Hva vil fylkeskommunen gjøre for kollektivtrafikken?')).toBe('fylkeskommun');
    expect(intentionSubjectOf('Kva slags rettleiar vil Helsedirektoratet få laga i samband med fastlegereforma?')).toBe('helsedirektorat');
    expect(intentionSubjectOf('What training will KS offer councils that lack experienced project leaders?')).toBe('ks');
    expect(intentionSubjectOf('Når skal regjeringen legge fram en nasjonal KI-strategi?')).toBe('regjering');
    expect(intentionSubjectOf('Jeg jobber i en kommune. Hvordan vil kommunene måle nytten?')).toBe('kommun');
  });

  it('reads none where the question word is the subject, the modal stands in a clause of its own, or a function word follows it', () => {
    expect(intentionSubjectOf('Hvem skal vurdere hvilke data registeret bør samle inn?')).toBeNull();
    expect(intentionSubjectOf('Kva må digitale verktøy gje kommunane for at KS skal rekne dei som nyttige?')).toBeNull();
    expect(intentionSubjectOf('Hva skal til for at dette lykkes?')).toBeNull();
    expect(intentionSubjectOf('Hva er KS Digital?')).toBeNull();
  });
});

describe('statesIntention', () => {
  it('accepts the subject beside a modal of will or duty, before or after it', () => {
    expect(statesIntention('KS vil bidra til at flest mulig kommuner deltar.', 'ks')).toBe(true);
    expect(statesIntention('I tillegg skal KS etablere et forum.', 'ks')).toBe(true);
  });

  it('rejects a sentence that only names the subject or uses the modal of something else', () => {
    expect(statesIntention('KS har utviklet en verktøykasse for kommunene.', 'ks')).toBe(false);
    expect(statesIntention('Standardiserte krav vil bli nødvendig, mener KS.', 'ks')).toBe(false);
  });
});
