import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { chunkDocument, type ChunkerSettings } from './chunker';
import { headingLevel } from './headings';
import { itemAt } from '../collections/item-at';

const text = [
  'IKT for ny arbeids- og velferdsforvaltning',
  'MÅL',
  '1 I løpet av 2009 skal alle kommuner, i samarbeid med den statlige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løsning for felles ' +
    'førstelinjekontorer.',
  'TILTAK',
  '1 Som grunnlag for etablering av arbeids- og velferdskontorer i kommunene vil KS inngå rammeavtale med staten og ev. utvikle norm for lokale ' +
    'samarbeidsavtaler.',
  '2 KS vil sørge for utvikling av felles kravspesifikasjon for sosialsystemer i kommunene.',
  'Kart- og geodata',
  'Kommunene har ansvar for grunnlagsdata i eiendomsregisteret. Dette er en viktig oppgave.',
].join('\n\n');

const input = (folded: boolean[] = []) => {
  const sentences = splitSentences(text);
  return { file: 'x.txt', text, sentences, folded: sentences.map((_, index) => folded[index] ?? false) };
};

describe('headingLevel', () => {
  it('recognises section titles and capitalised keywords but not goals or sentences', () => {
    expect(headingLevel('IKT for ny arbeids- og velferdsforvaltning')).toBe('section');
    expect(headingLevel('MÅL')).toBe('sub');
    expect(headingLevel('1. Innledning')).toBe('section');
    expect(headingLevel('2 KS vil sørge for utvikling av felles kravspesifikasjon for sosialsystemer i kommunene.')).toBeNull();
    expect(headingLevel('- første punkt')).toBeNull();
  });

  it('reads a short question on a line of its own as a heading, a long one as a sentence', () => {
    expect(headingLevel('Kva er så digital kompetanse?')).toBe('section');
    expect(headingLevel('Hvordan skal kommunene og staten sammen finansiere de nasjonale e-helseløsningene i årene som kommer?')).toBeNull();
  });
});

describe('chunkDocument', () => {
  it('gives every chunk a span that slices back to its text and the heading in force', async () => {
    const chunks = await chunkDocument(input(), { minChars: 200, maxChars: 600, splitChars: 400 });
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    expect(chunks[0]?.heading).toBe('IKT for ny arbeids- og velferdsforvaltning');
    const last = itemAt(chunks, chunks.length - 1);
    expect(last.heading).toBe('Kart- og geodata');
    expect(last.text).toContain('eiendomsregisteret');
  });

  it('keeps chunks within the maximum size and starts a chunk at a heading once the floor is reached', async () => {
    const settings: ChunkerSettings = { minChars: 100, maxChars: 300, splitChars: 200 };
    const chunks = await chunkDocument(input(), settings);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(settings.maxChars);
    expect(chunks.some((chunk) => chunk.text.startsWith('TILTAK'))).toBe(true);
  });

  it('leaves folded sentences out and never spans across them', async () => {
    const sentences = splitSentences(text);
    const foldedIndex = sentences.findIndex((sentence) => text.slice(sentence.start, sentence.end).startsWith('2 KS vil'));
    const folded = sentences.map((_, index) => index === foldedIndex);
    const chunks = await chunkDocument(input(folded), { minChars: 2000, maxChars: 4000, splitChars: 1000 });
    const foldedSpan = itemAt(sentences, foldedIndex);
    for (const chunk of chunks) expect(chunk.start >= foldedSpan.end || chunk.end <= foldedSpan.start).toBe(true);
    expect(chunks).toHaveLength(2);
    expect(chunks.map((chunk) => chunk.text).join(' ')).not.toContain('kravspesifikasjon');
  });

  it('cuts an over-long sentence into pieces that still slice back to the text', async () => {
    const long = `${'Kommunene skal samarbeide om felles løsninger, '.repeat(40)}og det er viktig.`;
    const sentences = splitSentences(long);
    const chunks = await chunkDocument(
      { file: 'y.txt', text: long, sentences, folded: sentences.map(() => false) },
      { minChars: 100, maxChars: 500, splitChars: 400 },
    );
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(long.slice(chunk.start, chunk.end)).toBe(chunk.text);
      expect(chunk.text.length).toBeLessThanOrEqual(500);
    }
    expect(chunks[chunks.length - 1]?.end).toBe(long.length);
  });
});
