import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { documentReference, switchedDocument } from './document-switch';

const titles = ['IKT i helse og omsorg 2008–2012', 'eKommune 2009 – det digitale spranget', 'KS sitt innspill til Helsereformutvalget'];
const named = (text: string): string | null => {
  const reference = documentReference(text, titles);
  return reference ? text.slice(reference.start, reference.end) : null;
};
const reading = (question: string, interpreted = question) => ({ question, interpreted, stems: analyze(interpreted) });

describe('documentReference', () => {
  it('finds a catalog title, with the document noun and the publisher before it', () => {
    expect(named('Og hvilket år sier handlingsplanen for IKT i helse og omsorg 2008–2012?')).toBe('handlingsplanen for IKT i helse og omsorg 2008–2012');
    expect(named("Ifølge KS' handlingsplan for IKT i helse og omsorg – når skal det skje?")).toBe("KS' handlingsplan for IKT i helse og omsorg");
    expect(named('Hva skriver KS i innspillet til Helsereformutvalget?')).toBe('KS i innspillet til Helsereformutvalget');
  });

  it('finds a plan named with its year or version, not a sentence that opens with a year', () => {
    expect(named('Hva sa eKommune 2012 om det samme?')).toBe('eKommune 2012');
    expect(named('Hva står i Samspill 2.0?')).toBe('Samspill 2.0');
    expect(named('Innen 2011 skal alle kommuner være tilknyttet.')).toBeNull();
    // Two title words that are everyday words are no reference.
    expect(named('Hvordan går det med helse og omsorg?')).toBeNull();
  });
});

describe('switchedDocument', () => {
  const first = reading('Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2009?');

  it('asks the last question of the document the follow-up names, in the place of the one it named', () => {
    expect(switchedDocument('Og hvilket år sier handlingsplanen for IKT i helse og omsorg 2008–2012?', [first], titles, 'nb')).toBe(
      'Hvilket år skulle alle kommuner være koblet til helsenettet ifølge handlingsplanen for IKT i helse og omsorg 2008–2012?',
    );
    expect(switchedDocument('Hva sa eKommune 2012 om det samme?', [first], titles, 'nb')).toBe(
      'Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2012?',
    );
  });

  it('adds the document to a last question that named none, before the context it was read with', () => {
    const last = reading('Og når skal det skje?', 'Og når skal det skje (om: kommuner helsenettet)?');
    expect(switchedDocument('Hva sier eKommune 2009 om det samme?', [last], titles, 'nb')).toBe(
      'Og når skal det skje, ifølge eKommune 2009 (om: kommuner helsenettet)?',
    );
  });

  it('asks again the latest question that named a document itself, not a detail asked after it', () => {
    const detail = reading('Og hva mer skal de ha tatt i bruk?', 'Og hva mer skal de ha tatt i bruk (om: kommuner helsenettet IKT helse omsorg)?');
    const asked = reading("Ifølge KS' handlingsplan for IKT i helse og omsorg – når skal alle kommuner være koblet på helsenettet?");
    expect(switchedDocument('Hva sa KS sitt innspill til Helsereformutvalget om det samme?', [detail, asked], titles, 'nb')).toBe(
      'Ifølge KS sitt innspill til Helsereformutvalget – når skal alle kommuner være koblet på helsenettet?',
    );
  });

  it('reads nothing into a question that asks something of its own, about the document itself, or of the same document', () => {
    expect(switchedDocument('Hva sa eKommune 2012 om bredbånd?', [first], titles, 'nb')).toBeNull();
    expect(switchedDocument('Hva er eKommune 2012?', [first], titles, 'nb')).toBeNull();
    expect(switchedDocument('Hva sier eKommune 2009 om det samme?', [first], titles, 'nb')).toBeNull();
  });
});
