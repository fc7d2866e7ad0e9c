import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../retrieval/query';
import type { ChatMessage } from '../schemas';
import { dialogueBounds, dialogueOf } from './dialogue-state';
import { maxResolvedChars, resolveQuestion } from './follow-up';

const prepare = (text: string) => prepareQuery(text, null);
const conversation = (...contents: string[]): ChatMessage[] => contents.map((content, index) => ({ role: index % 2 === 0 ? 'user' : 'assistant', content }));
const resolve = (...contents: string[]) => resolveQuestion(dialogueOf(conversation(...contents)), prepare);

describe('resolveQuestion', () => {
  it('leaves a first question and a self-contained topic change as they are', () => {
    expect(resolve('Hva er DigiFin?').kind).toBe('first');
    const topicChange = resolve('Hvor mye har departementet bevilget til DigiFin?', '125 millioner kroner. [1]', 'Hva er omsorgsteknologi?');
    expect(topicChange.kind).toBe('self-contained');
    expect(topicChange.interpreted).toBe('Hva er omsorgsteknologi?');
    expect(topicChange.prepared.terms.stems).not.toContain('digifin');
  });

  it('reads an ellipsis in the last question’s frame, the new name replacing the old', () => {
    const resolved = resolve('Hvor mye har departementet bevilget til DigiFin?', '125 millioner kroner. [1]', 'og hva med Digdir?');
    expect(resolved.kind).toBe('ellipsis');
    expect(resolved.interpreted).toBe('Hvor mye har departementet bevilget til Digdir?');
    expect(resolved.prepared.terms.stems).toContain('digdir');
    expect(resolved.prepared.terms.stems).not.toContain('digifin');
  });

  it('swaps the year of a year follow-up and a word for the word it narrows', () => {
    expect(resolve('Hva er målet for Norsk Helsenett innen 2011?', 'Alle kommuner. [1]', 'og i 2009?').interpreted).toBe(
      'Hva er målet for Norsk Helsenett innen 2009?',
    );
    expect(resolve('Når skal kommunene tilby elektronisk ID?', 'I 2009. [1]', 'hva med fylkeskommunene?').interpreted).toBe(
      'Når skal fylkeskommunene tilby elektronisk ID?',
    );
  });

  it('adds the last question’s subject to a reference at half weight, and says so in the interpreted question', () => {
    const resolved = resolve('Hva er DigiFin?', 'DigiFin er en finansieringsordning. [1]', 'hvor mye penger har den fått?');
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted).toBe('hvor mye penger har den fått (om: DigiFin)?');
    const index = resolved.prepared.terms.stems.indexOf('digifin');
    expect(resolved.prepared.terms.weights?.[index]).toBe(0.5);
    expect(resolved.previousAnswer).toContain('finansieringsordning');
  });

  it('answers a short follow-up in the conversation’s language and an English one in English', () => {
    expect(resolve('What is DigiFin?', 'DigiFin … [1]', 'og i 2020?').prepared.language).toBe('en');
    expect(resolve('Kva er DigiFin?', 'DigiFin … [1]', 'And who runs it?').prepared.language).toBe('en');
  });

  it('spots yes/no questions', () => {
    expect(resolve('Når skal kommunene tilby elektronisk ID?', 'I 2009. [1]', 'Gjelder det også fylkeskommunene?').yesNo).toBe(true);
    expect(resolve('Hva er DigiFin?').yesNo).toBe(false);
  });

  it('reads only a bounded history, whatever the client sends', () => {
    const long = 'hva med kommunene '.repeat(2_000);
    const messages = Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? long : `svar ${index}`));
    const dialogue = dialogueOf(conversation(...messages, 'og i 2011?'));
    expect(dialogue.previous).toHaveLength(dialogueBounds.turns);
    expect(dialogue.previous.every((turn) => turn.question.length <= dialogueBounds.chars)).toBe(true);
    expect(resolveQuestion(dialogue, prepare).interpreted.length).toBeLessThanOrEqual(maxResolvedChars);
  });
});
