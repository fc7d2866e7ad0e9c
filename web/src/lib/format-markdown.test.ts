import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-en';
import { nb } from '../i18n/messages-nb';
import { sampleAbstention, sampleAnswer, sampleCitation, secondCitation } from '../test/fixtures';
import type { ChatTurn } from './chat-turn';
import { conversationMarkdown } from './format-markdown';

const turns: ChatTurn[] = [
  { id: 'u1', role: 'user', content: 'Hva er målet for *Norsk Helsenett*?' },
  {
    id: 'a1',
    role: 'assistant',
    content: sampleAnswer.answer,
    citations: sampleAnswer.citations,
    related: [],
    abstained: false,
    reason: '',
    confidence: 0.3,
    interpretedQuestion: 'Hva er målet for Norsk Helsenett innen 2011?',
    state: 'complete',
  },
  { id: 'u2', role: 'user', content: 'Og månen?' },
  {
    id: 'a2',
    role: 'assistant',
    content: sampleAbstention.answer,
    citations: [],
    related: sampleAbstention.related,
    abstained: true,
    reason: sampleAbstention.reason,
    state: 'complete',
  },
];

describe('conversationMarkdown', () => {
  const markdown = conversationMarkdown(turns, { messages: nb, yearOf: () => 2005, link: 'http://localhost/#samtale=abc' });

  it('makes each question a heading, escaped, followed by its answer with the [n] markers', () => {
    expect(markdown).toContain('## Spørsmål: Hva er målet for \\*Norsk Helsenett\\*?');
    expect(markdown).toContain(sampleAnswer.answer);
    expect(markdown.indexOf('## Spørsmål: Og månen?')).toBeGreaterThan(markdown.indexOf(sampleAnswer.answer));
  });

  it('numbers the sources with title, year and heading, and quotes their opening', () => {
    expect(markdown).toContain(`### Kilder\n\n1. **${sampleCitation.title} (2005) – ${sampleCitation.heading}**\n   > I løpet av 2011`);
    expect(markdown).toContain(`2. **${secondCitation.title} (2019) – ${secondCitation.heading}**`);
    expect(markdown).toContain('### Kanskje relatert');
  });

  it('says when an answer is uncertain, how the question was read, and why the documents fell short', () => {
    expect(markdown).toContain('**Usikkert svar – sjekk kilden.**');
    expect(markdown).toContain('*Tolket som: Hva er målet for Norsk Helsenett innen 2011?*');
    expect(markdown).toContain(`Begrunnelse: ${sampleAbstention.reason}`);
    expect(markdown).toContain('Lenke til samtalen: <http://localhost/#samtale=abc>');
  });

  it('writes its own words in the interface language', () => {
    const english = conversationMarkdown(turns, { messages: en, yearOf: () => 2005 });
    expect(english).toContain('# Conversation from Kildesvar');
    expect(english).toContain('### Sources');
    expect(english).not.toContain('Spørsmål');
  });
});
