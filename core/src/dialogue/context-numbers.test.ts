import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../retrieval/query';
import type { ChatMessage } from '../schemas';
import { contextNumbers } from './context-numbers';
import { dialogueOf } from './dialogue-state';
import { resolveQuestion } from './follow-up';

const prepare = (text: string) => prepareQuery(text, null);
const conversation = (...contents: string[]): ChatMessage[] => contents.map((content, index) => ({ role: index % 2 === 0 ? 'user' : 'assistant', content }));
const numbersOf = (...contents: string[]): string[] => {
  const dialogue = dialogueOf(conversation(...contents));
  return contextNumbers(resolveQuestion(dialogue, prepare), dialogue.previous);
};

describe('contextNumbers', () => {
  it("gives the year a reference inherits from the last question as context, not the follow-up's own year", () => {
    const first = 'Hvor mange kommuner har fått tilskudd til Digihjelpen siden 2017?';
    const answer = '105 kommuner har siden 2017 fått tilskudd til Digihjelpen. [1]';
    expect(numbersOf(first, answer, 'Hvor mye ble delt ut til dem i november?')).toContain('2017');
    // Its own year is what it asks about: neither that nor the year it replaces is context.
    const own = numbersOf(first, answer, 'Hvor mye ble delt ut til dem i 2020?');
    expect(own).not.toContain('2020');
    expect(own).not.toContain('2017');
  });

  it('keeps a year that stands in a name in the last question as part of the subject', () => {
    const first = 'Kva seier eKommune 2012 om kompetanseplanar?';
    const answer = 'Planen for 2012 krev at kommunane lagar kompetanseplanar. [1]';
    expect(numbersOf(first, answer, 'og kva var fristen for dei minste kommunane?')).toEqual([]);
  });

  it('gives nothing for a first question or one that names its own subject', () => {
    expect(numbersOf('Hvor mye fikk DigiFin i 2019?')).toEqual([]);
  });
});
