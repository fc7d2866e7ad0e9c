import { describe, expect, it } from 'vitest';
import { afterTopicMarker, topicShift } from './topic-marker';

describe('afterTopicMarker', () => {
  it('finds the question after a marker that changes the subject (bokmål, nynorsk, English)', () => {
    expect(afterTopicMarker('Noe helt annet: hvorfor vokste Markedsplassen saktere enn ventet?')).toBe('hvorfor vokste Markedsplassen saktere enn ventet?');
    expect(afterTopicMarker('Noko anna – kva er Altinn?')).toBe('kva er Altinn?');
    expect(afterTopicMarker('Nytt tema. Hva er Digdir?')).toBe('Hva er Digdir?');
    expect(afterTopicMarker('Different question: how much did they spend?')).toBe('how much did they spend?');
    expect(afterTopicMarker('Switching topics – what is Altinn?')).toBe('what is Altinn?');
    expect(afterTopicMarker('On another note, what happened in Central Norway?')).toBe('what happened in Central Norway?');
    expect(afterTopicMarker('Noe helt annet, hva er Digdir?')).toBe('hva er Digdir?');
  });

  it('finds a longer marker by its structure: another topic or question, or a change of it, closed by a colon or a dash', () => {
    expect(afterTopicMarker('Eit anna tema i same dokumentet: kvifor er geodata viktige?')).toBe('kvifor er geodata viktige?');
    expect(afterTopicMarker('Et helt annet spørsmål nå til slutt – hva er Altinn?')).toBe('hva er Altinn?');
    expect(afterTopicMarker('Bytte av tema: hvilken rolle har KS?')).toBe('hvilken rolle har KS?');
    expect(afterTopicMarker('Eit sidespørsmål: kva gjer eFormidling?')).toBe('kva gjer eFormidling?');
    expect(afterTopicMarker('A separate question from the same report: who owns it?')).toBe('who owns it?');
  });

  it('finds the question after a digression adverb alone («Forresten, …», «By the way: …»), not one that closes the question', () => {
    expect(afterTopicMarker('Forresten, hvor stor andel av kommunene strømmer møtene?')).toBe('hvor stor andel av kommunene strømmer møtene?');
    expect(afterTopicMarker('By the way: who owns Altinn?')).toBe('who owns Altinn?');
    expect(afterTopicMarker('kven skreiv under, forresten?')).toBeNull();
    expect(afterTopicMarker('Forresten har KS en plan, hva står i den?')).toBeNull();
  });

  it('keeps a longer opening that names what the new topic is about, or that a comma closes', () => {
    expect(afterTopicMarker('Bytter tema til bredbånd: hva blir utbyggingen av det sammenlignet med?')).toBeNull();
    expect(afterTopicMarker('Et annet spørsmål om Altinn: hvem eier det?')).toBeNull();
    expect(afterTopicMarker('Eit anna tema i same dokumentet, kvifor er geodata viktige?')).toBeNull();
    expect(afterTopicMarker('Kommunane har eit anna tema i planen: kva er det?')).toBeNull();
  });

  it('leaves a scene, a dislocated subject and a plain question alone', () => {
    expect(afterTopicMarker('Hva med Digihjelpen – hvem står bak det?')).toBeNull();
    expect(afterTopicMarker('Kommunen vår vurderer Digihjelpen. Hva går det ut på?')).toBeNull();
    expect(afterTopicMarker('Ny teknologi: hva koster den?')).toBeNull();
    expect(afterTopicMarker('Hva er noe annet enn DigiFin?')).toBeNull();
    expect(afterTopicMarker('Andre kommuner, hva gjør de?')).toBeNull();
    expect(afterTopicMarker('Og de andre, hva gjør de?')).toBeNull();
  });
});

describe('topicShift', () => {
  it('finds the subject a message turns to and the question after it (bokmål, nynorsk, English)', () => {
    expect(topicShift('Over til legevaktene: hva trengs for at de skal bli godt bemannet?')).toEqual({
      topic: 'legevaktene',
      question: 'hva trengs for at de skal bli godt bemannet?',
    });
    expect(topicShift('Apropos folkevalgte: fra når skulle alle ha e-post?')?.topic).toBe('folkevalgte');
    expect(topicShift('Tilbake til fylkene – hvem eier Grunnboka?')?.question).toBe('hvem eier Grunnboka?');
    expect(topicShift('Når det gjelder Altinn, hvem drifter det?')?.topic).toBe('Altinn');
    expect(topicShift('Switching to maps: what is expected of municipalities?')?.topic).toBe('maps');
    expect(topicShift('As for Feide, how many logins were there?')?.topic).toBe('Feide');
    expect(topicShift('Going back to leadership: what did the survey find?')?.topic).toBe('leadership');
  });

  it('leaves a marker that names no subject, a scene and a plain question alone', () => {
    expect(topicShift('Over til noe annet: hva er planen for vann og avløp?')).toBeNull();
    expect(topicShift('Hva med Digihjelpen – hvem står bak det?')).toBeNull();
    expect(topicShift('Hvor mye ble overført til kommunene?')).toBeNull();
    expect(topicShift('Kommunen vår vurderer Digihjelpen. Hva går det ut på?')).toBeNull();
  });
});
