import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatResponse, SearchResult } from '@kildesvar/core/schemas';
import type { Conversation } from './conversation-set';
import { evaluateConversations, renderFreshLine, renderTurnTable, summarizeConversations } from './run-conversations';

const file = '000_c85f62f7152710bc.txt';
const text =
  `${'x'.repeat(100)}Departementet har bevilget 125 millioner kroner til DigiFin.${'y'.repeat(100)}DigiFin skal gi støtte til ` +
  `IKT-prosjekter.${'z'.repeat(50)}`;
const originals = new Map([[file, text]]);
const spanOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const citation = (quote: string): SearchResult => ({ chunkId: 'c', file, title: 't', heading: '', text: quote, score: 1, ...spanOf(quote), alsoIn: [] });

const conversation: Conversation = {
  id: 'c001',
  language: 'nb',
  turns: [
    {
      question: 'Hvor mye har DigiFin fått?',
      kind: 'first',
      language: 'nb',
      answerable: true,
      answer: '125 millioner',
      file,
      quote: 'Departementet har bevilget 125 millioner kroner til DigiFin.',
      alsoIn: [],
    },
    {
      question: 'hva skal den støtte?',
      kind: 'pronoun',
      language: 'nb',
      answerable: true,
      answer: 'IKT-prosjekter',
      file,
      quote: 'DigiFin skal gi støtte til IKT-prosjekter.',
      alsoIn: [],
    },
    { question: 'og hvem leder den?', kind: 'pronoun', language: 'nb', answerable: false, answer: 'Står ikke.', file: null, quote: null, alsoIn: [] },
  ],
};

describe('evaluateConversations', () => {
  it("plays each turn with the assistant's own earlier answers and scores abstention, support and the interpreted question", async () => {
    const seen: ChatMessage[][] = [];
    const replies: Array<Partial<ChatResponse> & { interpretedQuestion?: string; confidence?: number }> = [
      { answer: 'Svar én', citations: [citation('Departementet har bevilget 125 millioner kroner til DigiFin.')], abstained: false, confidence: 0.9 },
      // Answers, but cites the wrong passage: not supported.
      {
        answer: 'Svar to',
        citations: [citation('Departementet har bevilget 125 millioner kroner til DigiFin.')],
        abstained: false,
        interpretedQuestion: 'hva skal DigiFin støtte?',
      },
      { answer: 'Jeg finner ikke svar', citations: [], abstained: true },
    ];
    const assistant = {
      chat: async (messages: ChatMessage[]): Promise<ChatResponse> => {
        seen.push(messages);
        const reply = replies[Math.floor((seen.length - 1) / 2)];
        // Asked with no history, a question is read as written: no interpreted question.
        return { related: [], reason: '', language: 'nb', ...reply, ...(messages.length === 1 ? { interpretedQuestion: undefined } : {}) } as ChatResponse;
      },
    };
    const turns = await evaluateConversations(assistant, [conversation], originals);
    // Each turn in the conversation, then the same question again with no history.
    expect(seen.filter((_, index) => index % 2 === 0).map((messages) => messages.map((message) => `${message.role}:${message.content}`))).toEqual([
      ['user:Hvor mye har DigiFin fått?'],
      ['user:Hvor mye har DigiFin fått?', 'assistant:Svar én', 'user:hva skal den støtte?'],
      ['user:Hvor mye har DigiFin fått?', 'assistant:Svar én', 'user:hva skal den støtte?', 'assistant:Svar to', 'user:og hvem leder den?'],
    ]);
    expect(turns.map((turn) => [turn.turn, turn.answer.supported, turn.answer.abstained, turn.interpretedQuestion, turn.answer.confidence])).toEqual([
      [0, true, false, null, 0.9],
      [1, false, false, 'hva skal DigiFin støtte?', null],
      [2, false, true, null, null],
    ]);

    const summary = summarizeConversations(turns);
    expect(summary.firstTurns.supportedAnswers).toBe(1);
    expect(summary.followUps).toMatchObject({ turns: 2, answerable: 1, unanswerable: 1, supportedAnswers: 0, falseAbstentionRate: 0, abstentionRate: 1 });
    expect(summary.byKind.pronoun?.turns).toBe(2);
    // This fake answers the pronoun follow-ups the same with and without the conversation (identical), but turn 1 was read
    // with its context («hva skal DigiFin støtte?») and fresh as written: only turn 2 was read the same.
    expect(summary.asFresh.contextual).toMatchObject({ turns: 2, readAsFresh: 1, identical: 2, rightInConversation: 1, rightFresh: 1 });
    expect(renderTurnTable(summary)).toMatch(/^pronoun\s+2\s+1\s+0\.0\s+0\.0\s+1\s+100\.0$/m);
  });

  it('asks every turn again with no history and counts, per group, identical answers, the same outcome and right answers each way', async () => {
    const quote = 'DigiFin skal gi støtte til IKT-prosjekter.';
    const topicChange: Conversation = {
      id: 'c002',
      language: 'nb',
      turns: [
        { ...(conversation.turns[0] as Conversation['turns'][number]) },
        {
          question: 'Noe annet: hva skal DigiFin støtte?',
          kind: 'topic-change',
          language: 'nb',
          answerable: true,
          answer: 'IKT-prosjekter',
          file,
          quote,
          alsoIn: [],
        },
      ],
    };
    const seen: ChatMessage[][] = [];
    const assistant = {
      chat: async (messages: ChatMessage[]): Promise<ChatResponse> => {
        seen.push(messages);
        // In the conversation the topic change is refused; asked on its own it is answered from the right passage.
        const fresh = messages.length === 1 && messages[0]?.content.startsWith('Noe annet');
        const inConversation = messages.length > 1;
        return {
          answer: inConversation ? 'finner ikke' : 'svar',
          citations: inConversation ? [] : [citation(fresh ? quote : 'Departementet har bevilget 125 millioner kroner til DigiFin.')],
          abstained: inConversation,
          related: [],
          reason: '',
          language: 'nb',
        } as ChatResponse;
      },
    };
    const turns = await evaluateConversations(assistant, [topicChange], originals);
    expect(seen.at(-1)).toEqual([{ role: 'user', content: 'Noe annet: hva skal DigiFin støtte?' }]);
    expect(turns[0]?.fresh?.text).toBe('svar');
    expect(turns[1]?.fresh?.supported).toBe(true);
    const summary = summarizeConversations(turns);
    expect(summary.asFresh.topicChanges).toEqual({
      turns: 1,
      readAsFresh: 1,
      identical: 0,
      sameAsFresh: 0,
      supportedInConversation: 0,
      supportedFresh: 1,
      rightInConversation: 0,
      rightFresh: 1,
    });
    // The first turn is asked with no history both times: identical, and supported (it cites the DigiFin amount, its gold).
    expect(summary.asFresh.firstTurns).toMatchObject({ turns: 1, identical: 1, sameAsFresh: 1, supportedInConversation: 1, supportedFresh: 1 });
    expect(summary.asFresh.contextual.turns).toBe(0);
    // Without asking fresh, nothing is checked.
    const unchecked = summarizeConversations(await evaluateConversations(assistant, [topicChange], originals, { askFresh: false }));
    expect(unchecked.asFresh.topicChanges.turns).toBe(0);
    expect(renderFreshLine(summary)).toContain(
      'Topic changes answered as fresh: 0 of 1 identical (0 same outcome, 1 read the same); supported fresh 1, in conversation 0',
    );
  });
});
