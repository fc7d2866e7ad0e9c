import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { prepareQuery } from '../retrieval/query';
import type { ChatMessage } from '../schemas';
import { dialogueOf } from './dialogue-state';
import { carriesFresh, freshWords, keepsOtherAnswer, lightVerbsInPhrase } from './fresh';
import { resolveQuestion } from './follow-up';

const prepare = (text: string) => prepareQuery(text, null);
const fresh = (...contents: string[]): string[] => {
  const dialogue = dialogueOf(contents.map((content, index): ChatMessage => ({ role: index % 2 === 0 ? 'user' : 'assistant', content })));
  return freshWords(resolveQuestion(dialogue, prepare), dialogue.previous);
};
const stem = (word: string): string => analyze(word)[0] ?? '';

describe('freshWords', () => {
  it('gives the words of a follow-up that the last question and answer do not hold', () => {
    const words = fresh(
      'Hvor mange kommuner har fått tilskudd til Digihjelpen siden 2017?',
      '105 kommuner har siden 2017 fått tilskudd. [1]',
      'Hvor mye fikk kommunene i engangsstøtte for det?',
    );
    expect(words).toContain(stem('engangsstøtte'));
    // «kommunene» was asked and answered.
    expect(words).not.toContain(stem('kommune'));
  });

  it('leaves out the naming verb of a question asking what something is called', () => {
    const turns = ['Hvem har ansvaret for kartdataene?', 'Kartverket har ansvaret for kartdataene. [1]'];
    expect(fresh(...turns, 'Hva heter tjenesten der de ligger?')).not.toContain(stem('heter'));
    expect(fresh(...turns, 'Hva heter tjenesten der de ligger?')).toContain(stem('tjenesten'));
    // Not in a question that asks something else of the name.
    expect(fresh(...turns, 'Hvorfor heter tjenesten det den heter?')).toContain(stem('heter'));
  });

  it('leaves out the words of a frame asking for a time or a number of times', () => {
    const turns = ['Hva gjør Vannportalen?', 'Vannportalen samler målinger fra kommunale vannverk. [1]'];
    expect(fresh(...turns, 'Hvilket år ble de koblet på?')).not.toContain(stem('år'));
    expect(fresh(...turns, 'Hvilket år ble de koblet på?')).toContain(stem('koblet'));
    expect(fresh(...turns, 'Hvor mange ganger ble de sendt inn i fjor?')).not.toContain(stem('ganger'));
    // Not a time or count asked by another frame.
    expect(fresh(...turns, 'Hvorfor tok det et år å koble dem på?')).toContain(stem('år'));
  });

  it('leaves out the translated words of an English question frame', () => {
    // With no word knowledge an English word stands for its own translation.
    const turns = ['What does the water portal do?', 'Vannportalen samler målinger fra kommunale vannverk. [1]'];
    const english = fresh(...turns, 'In which year were they connected?');
    expect(english).not.toContain(stem('year'));
    expect(english).toContain('connected');
    expect(fresh(...turns, 'How many times were they connected?')).not.toContain(stem('times'));
  });

  it('leaves out a modal auxiliary, which frames what is asked', () => {
    const turns = ['Hva sier KS om IP-telefoni?', 'Kommunene bør vurdere IP-telefoni. [1]'];
    expect(fresh(...turns, 'og når måtte alle ha tatt den i bruk?')).not.toContain(stem('måtte'));
    expect(fresh(...turns, 'og når burde alle ha tatt den i bruk?')).not.toContain(stem('burde'));
    expect(fresh(...turns, 'og når måtte alle ha tatt den i bruk?')).toContain(stem('bruk'));
  });

  it('leaves out an adverb of place before a phrase of place, keeping the phrase', () => {
    const turns = ['Når skal den nye etaten opprettes?', 'Den nye etaten skal opprettes i 2006. [1]'];
    expect(fresh(...turns, 'og kontorene ute i kommunene da?')).not.toContain(stem('ute'));
    expect(fresh(...turns, 'og de som sitter oppe i departementet?')).not.toContain(stem('oppe'));
    expect(fresh(...turns, 'og kontorene ute i kommunene da?')).toContain(stem('kontorene'));
  });

  it('leaves out a generic word for people, which names no one', () => {
    const turns = ['Hva gjør Vannportalen?', 'Vannportalen samler målinger fra kommunale vannverk. [1]'];
    expect(fresh(...turns, 'Hvor mange personer bruker den hver uke?')).not.toContain(stem('personer'));
    expect(fresh(...turns, 'Hvor mange personer bruker den hver uke?')).toContain(stem('uke'));
  });

  it('leaves out the source a question closes with, not one standing inside it', () => {
    const turns = ['Hva skjedde med Vannportalen?', 'Vannportalen ble overtatt av direktoratet. [1]'];
    const closing = fresh(...turns, 'Ble den videreført, ifølge KS sitt innspill til Helsereformutvalget?');
    expect(closing).not.toContain(stem('Helsereformutvalget'));
    expect(closing).not.toContain(stem('innspill'));
    expect(closing).toContain(stem('videreført'));
    const listed = fresh(...turns, 'Når skulle den ha fått en egen delingsportal ifølge tiltakslista?');
    expect(listed).not.toContain(stem('tiltakslista'));
    expect(listed).toContain(stem('delingsportal'));
    // A phrase of more common words holds what is asked.
    expect(fresh(...turns, 'Hva gir den ifølge KS større fleksibilitet?')).toContain(stem('fleksibilitet'));
  });

  it('leaves out a light verb before a particle or a preposition, not one that stands alone', () => {
    const turns = ['Hva skal direktoratet og kommunene lage sammen?', 'De skal lage en felles modell for utprøving. [1]'];
    expect(fresh(...turns, 'og når kom den i gang?')).not.toContain(stem('kom'));
    expect(fresh(...turns, 'når ble den tatt i bruk?')).not.toContain(stem('tatt'));
    expect(fresh(...turns, 'når kom den ut?')).not.toContain(stem('kom'));
    // Alone the verb means what it says: the plan's coming out is what is asked about.
    expect(fresh(...turns, 'hvor mange brukte den da planen kom?')).toContain(stem('kom'));
  });

  it('gives nothing for a first question or a fragment of words the last turn already used', () => {
    expect(fresh('Hvor mye fikk hvert fylke i oppstartsmidler?')).toEqual([]);
    expect(
      fresh('Hvor mye har direktoratet brukt på Vannportalen?', 'Direktoratet har brukt 40 millioner kroner på Vannportalen. [1]', 'og direktoratet?'),
    ).toEqual([]);
  });
});

/** A conversation (user, assistant, user, …) read as its last question, with that question's fresh words. */
const readFollowUp = (...contents: string[]) => {
  const dialogue = dialogueOf(contents.map((content, index): ChatMessage => ({ role: index % 2 === 0 ? 'user' : 'assistant', content })));
  const resolved = resolveQuestion(dialogue, prepare);
  return { ...resolved, fresh: freshWords(resolved, dialogue.previous) };
};

describe('carriesFresh', () => {
  const ellipsis = readFollowUp('Hvor mye kostet bredbåndet for kommunene?', 'Bredbåndet kostet kommunene 40 millioner kroner. [1]', 'og skolene?');

  it('holds when the quote carries what the fragment newly names', () => {
    expect(ellipsis.fresh).toContain(stem('skolene'));
    expect(carriesFresh(ellipsis, 'Skolene fikk bredbånd gjennom fylkeskommunen i 2010. [1]')).toBe(true);
  });

  it("fails when the quote is on the last turn's topic only", () => {
    expect(carriesFresh(ellipsis, 'Utbyggingen av bredbåndet ble finansiert av kommunene selv. [1]')).toBe(false);
  });

  it('holds for a follow-up that names nothing new', () => {
    const again = readFollowUp('Hvor mye kostet bredbåndet for kommunene?', 'Bredbåndet kostet kommunene 40 millioner kroner. [1]', 'og kommunene?');
    expect(carriesFresh(again, 'Utbyggingen ble finansiert av staten. [1]')).toBe(true);
  });
});

describe('keepsOtherAnswer', () => {
  const reference = readFollowUp('Hva er Digihjelpen?', 'Digihjelpen er et tilbud til innbyggere. [1]', 'hvem finansierer det?');

  it("keeps a reference's other answer only when it carries what the reference newly asks about", () => {
    expect(reference.kind).toBe('reference');
    expect(reference.fresh).toContain(stem('finansierer'));
    expect(keepsOtherAnswer(reference, 'Staten finansierer Digihjelpen gjennom en tilskuddsordning. [1]')).toBe(true);
    expect(keepsOtherAnswer(reference, 'Digihjelpen gir innbyggere veiledning i bruk av digitale tjenester. [1]')).toBe(false);
  });

  it('keeps the other answer of a question first read as self-contained', () => {
    const alone = { ...reference, kind: 'self-contained' as const };
    expect(keepsOtherAnswer(alone, 'Digihjelpen gir innbyggere veiledning i bruk av digitale tjenester. [1]')).toBe(true);
  });
});

describe('lightVerbsInPhrase', () => {
  it('gives a light verb followed by a particle or preposition, also past an object pronoun', () => {
    expect([...lightVerbsInPhrase('og når kom den i gang?')]).toEqual([stem('kom')]);
    expect([...lightVerbsInPhrase('Når skal de ta i bruk løsningen?')]).toEqual([stem('ta')]);
    expect([...lightVerbsInPhrase('Kva fekk dei til?')]).toEqual([stem('fekk')]);
    expect([...lightVerbsInPhrase('Hvor mange gikk til kommunene?')]).toEqual([stem('gikk')]);
    expect([...lightVerbsInPhrase('Gikk planen bra?')]).toEqual([]);
    // «få» wherever it stands: how many get something is how many have it.
    expect([...lightVerbsInPhrase('Hvor mange har fått tilskudd?')]).toEqual([stem('fått')]);
    expect([...lightVerbsInPhrase('og kor mange av dei får tenester heime?')]).toEqual([stem('får')]);
    // A content verb before a preposition is no light verb.
    expect([...lightVerbsInPhrase('Hvem betaler for arbeidet?')]).toEqual([]);
  });
});
