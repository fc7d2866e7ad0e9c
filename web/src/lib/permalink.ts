import { z } from 'zod';
import { chatTurnSchema, type ChatTurn } from './chat-turn';

/**
 * A conversation carried in the page address itself (`#samtale=…`), so a link reopens it in any
 * browser while nothing is stored on a server: the fragment is never even sent to one. The
 * turns are JSON, deflated, in base64url; passages keep only the opening their cards show,
 * because the source panel reads the passage from the document by its offsets.
 */
export const permalinkKey = 'samtale';
const passageChars = 400;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
};

const pipe = async (bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> => {
  const body = new Response(bytes as BodyInit).body;
  if (body === null) return new Uint8Array();
  const stream = body.pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** The turns made small: settled answers only, passages cut to what a card shows. */
const compact = (turns: readonly ChatTurn[]): ChatTurn[] =>
  turns.map((turn) => {
    if (turn.role === 'user') return turn;
    const trim = (sources: typeof turn.citations) => sources.map((source) => ({ ...source, text: source.text.slice(0, passageChars) }));
    return { ...turn, state: turn.state === 'streaming' ? 'stopped' : turn.state, citations: trim(turn.citations), related: trim(turn.related) };
  });

export const encodeConversation = async (turns: readonly ChatTurn[]): Promise<string> => {
  const json = new TextEncoder().encode(JSON.stringify(compact(turns)));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
};

/** The turns in an encoded conversation, or null when it is damaged or not one. */
export const decodeConversation = async (encoded: string): Promise<ChatTurn[] | null> => {
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')));
    const parsed = z.array(chatTurnSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** The encoded conversation in a location hash such as `#samtale=…`, if any. */
export const conversationInHash = (hash: string): string | null => {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(permalinkKey);
  return value === null || value === '' ? null : value;
};

/** The hash that carries `encoded` (empty for no conversation). */
export const hashFor = (encoded: string | null): string => (encoded === null ? '' : `#${permalinkKey}=${encoded}`);
