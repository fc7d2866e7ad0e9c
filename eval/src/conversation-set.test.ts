import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isKildesvarError } from '@kildesvar/core/errors';
import { absenceChecksSchema, absenceViolations } from './absence-checks';
import { conversationSplitOf, loadConversationSet, turnKey, turnKinds } from './conversation-set';
import { findQuote, splitOf } from './gold-set';
import { itemAt } from '@kildesvar/core';

const seedsDirectory = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedText = new Map(
  readdirSync(seedsDirectory)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => [file, readFileSync(join(seedsDirectory, file), 'utf8')] as const),
);

const conversations = loadConversationSet();
const turns = conversations.flatMap((conversation) => conversation.turns.map((turn, index) => ({ id: conversation.id, index, turn })));
const followUps = turns.filter(({ index }) => index > 0);

const temporaryDirectory = mkdtempSync(join(tmpdir(), 'kildesvar-conversations-'));
afterAll(() => rmSync(temporaryDirectory, { recursive: true, force: true }));
const writeTemporary = (name: string, content: string): string => {
  const path = join(temporaryDirectory, name);
  writeFileSync(path, content);
  return path;
};

const validConversation = {
  id: 'c001',
  language: 'nb',
  turns: [
    {
      question: 'Når skal alle kommuner være tilknyttet Norsk Helsenett?',
      kind: 'first',
      language: 'nb',
      answerable: true,
      answer: 'I løpet av 2011.',
      file: '000_c85f62f7152710bc.txt',
      quote: 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse- nett',
      alsoIn: [],
    },
    {
      question: 'og hva koster det?',
      kind: 'ellipsis',
      language: 'nb',
      answerable: false,
      answer: 'Dokumentene sier ikke noe om dette.',
      file: null,
      quote: null,
      alsoIn: [],
    },
  ],
};

describe('loadConversationSet', () => {
  it('reads a valid conversation', () => {
    const conversation = itemAt(loadConversationSet(writeTemporary('valid.jsonl', `${JSON.stringify(validConversation)}\n`)), 0);
    expect(conversation.turns.map((turn) => turn.kind)).toEqual(['first', 'ellipsis']);
  });

  it('names the line and the field for an unknown kind, a late "first" or a quote on an unanswerable turn', () => {
    const withKind = (kind: string) => ({ ...validConversation, turns: [validConversation.turns[0], { ...validConversation.turns[1], kind }] });
    expect(() => loadConversationSet(writeTemporary('kind.jsonl', `\n${JSON.stringify(withKind('trivia'))}\n`))).toThrow(/:2: turns\.1\.kind/);
    expect(() => loadConversationSet(writeTemporary('first.jsonl', `${JSON.stringify(withKind('first'))}\n`))).toThrow(/:1: turns\.1\.kind/);
    const quoted = { ...validConversation, turns: [validConversation.turns[0], { ...validConversation.turns[1], quote: 'x'.repeat(40) }] };
    expect(() => loadConversationSet(writeTemporary('quoted.jsonl', `${JSON.stringify(quoted)}\n`))).toThrow(/:1: /);
  });

  it('rejects invalid JSON and a repeated id, naming the line', () => {
    expect(() => loadConversationSet(writeTemporary('json.jsonl', '{"id": "c001",\n'))).toThrow(/:1: invalid JSON/);
    const line = JSON.stringify(validConversation);
    expect(() => loadConversationSet(writeTemporary('twice.jsonl', `${line}\n${line}\n`))).toThrow(/:2: id c001 already used on line 1/);
  });

  it('throws a not_found KildesvarError for a missing file', () => {
    try {
      loadConversationSet(join(temporaryDirectory, 'missing.jsonl'));
      expect.unreachable();
    } catch (error) {
      expect(isKildesvarError(error) && error.code).toBe('not_found');
    }
  });
});

describe('conversationSplitOf', () => {
  it('keeps pinned assignments, and differs from the single-question split for some ids', () => {
    const ids = ['c001', 'c002', 'c003', 'c004', 'c005', 'c006', 'c007', 'c008'];
    expect(ids.map(conversationSplitOf)).toEqual(['test', 'tune', 'test', 'tune', 'tune', 'tune', 'tune', 'tune']);
    expect(ids.some((id) => conversationSplitOf(id) !== splitOf(id))).toBe(true);
  });

  it('puts between 30 and 70 percent of the conversations in each split, with unanswerable follow-ups in both', () => {
    const test = conversations.filter((conversation) => conversationSplitOf(conversation.id) === 'test');
    expect(test.length / conversations.length).toBeGreaterThanOrEqual(0.3);
    expect(test.length / conversations.length).toBeLessThanOrEqual(0.7);
    for (const split of ['tune', 'test']) {
      expect(followUps.some(({ id, turn }) => conversationSplitOf(id) === split && !turn.answerable)).toBe(true);
    }
  });
});

describe('the conversation set in eval/data/conversations.jsonl', () => {
  it('finds every quote, alsoIn quote and secondQuote verbatim (whitespace-insensitive) in its seed file', () => {
    const missing = turns.flatMap(({ id, index, turn }) =>
      turn.answerable
        ? [{ file: turn.file, quote: turn.quote }, ...turn.alsoIn, ...(turn.secondQuote ? [turn.secondQuote] : [])]
            .filter((source) => findQuote(seedText.get(source.file) ?? '', source.quote) === null)
            .map((source) => `${turnKey(id, index)} → ${source.file}: ${source.quote.slice(0, 60)}`)
        : [],
    );
    expect(missing).toEqual([]);
  });

  it('has at least 40 conversations and 120 turns, with unique ids, in all three languages', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(40);
    expect(turns.length).toBeGreaterThanOrEqual(120);
    expect(new Set(conversations.map((conversation) => conversation.id)).size).toBe(conversations.length);
    expect(new Set(turns.map(({ turn }) => turn.language))).toEqual(new Set(['nb', 'nn', 'en']));
  });

  it('uses every follow-up kind, with at least 8 unanswerable follow-ups and 6 topic changes', () => {
    expect(new Set(turns.map(({ turn }) => turn.kind))).toEqual(new Set(turnKinds));
    expect(followUps.filter(({ turn }) => !turn.answerable).length).toBeGreaterThanOrEqual(8);
    expect(followUps.filter(({ turn }) => turn.kind === 'topic-change').length).toBeGreaterThanOrEqual(6);
  });
});

const checks = absenceChecksSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../data/conversation-unanswerable-checks.json', import.meta.url)), 'utf8')),
);

describe('the unanswerable conversation turns', () => {
  it('each have a recorded absence check (keyed conversation#turn), and every check belongs to one', () => {
    const keys = turns
      .filter(({ turn }) => !turn.answerable)
      .map(({ id, index }) => turnKey(id, index))
      .sort();
    expect(Object.keys(checks).sort()).toEqual(keys);
  });

  it('ask about terms in no seed, or combinations that never stand within 600 characters of each other', () => {
    expect(absenceViolations(checks, seedText)).toEqual([]);
  });
});
