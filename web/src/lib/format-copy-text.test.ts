import { describe, expect, it } from 'vitest';
import { sampleCitation } from '../test/fixtures';
import type { AssistantTurn } from './chat-turn';
import { excerpt } from './excerpt';
import { formatCopyText } from './format-copy-text';

const turn = (overrides: Partial<AssistantTurn>): AssistantTurn => ({
  id: 'a1',
  role: 'assistant',
  content: 'Innen 2011 skal alle kommuner være tilknyttet Norsk Helsenett [1].',
  citations: [sampleCitation],
  related: [],
  abstained: false,
  reason: '',
  state: 'complete',
  ...overrides,
});

describe('formatCopyText', () => {
  it('writes the question, the answer and each source with title, year, heading and excerpt, no character offsets', () => {
    const text = formatCopyText(turn({}), { question: 'Hva er målet for Norsk Helsenett innen 2011?', yearOf: () => 2005 });
    expect(text).toContain('Spørsmål: Hva er målet for Norsk Helsenett innen 2011?');
    expect(text).toContain('Innen 2011 skal alle kommuner være tilknyttet Norsk Helsenett [1].');
    expect(text).toContain(`Kilder:\n[1] ${sampleCitation.title} (2005) – ${sampleCitation.heading}`);
    expect(text).toContain(`«${excerpt(sampleCitation.text, 300)}»`);
    expect(text).not.toMatch(/tegn \d/);
  });

  it('lists the related passages under «Kanskje relatert» for an abstention', () => {
    const text = formatCopyText(
      turn({ abstained: true, content: 'Dokumentene dekker ikke dette.', reason: 'Ingen passasje nevner Mars.', citations: [], related: [sampleCitation] }),
      { yearOf: () => undefined },
    );
    expect(text).toContain('Begrunnelse: Ingen passasje nevner Mars.');
    expect(text).toContain(`Kanskje relatert:\n[1] ${sampleCitation.title} – `);
    expect(text).not.toContain('Kilder:');
  });
});

describe('excerpt', () => {
  it('keeps short text whole and shortens long text on a word boundary', () => {
    expect(excerpt('kort  tekst\n')).toBe('kort tekst');
    expect(excerpt('ett to tre fire fem seks sju åtte', 20)).toBe('ett to tre fire fem …');
  });
});
