import { describe, expect, it } from 'vitest';
import { createSseParser, parseSseText, readSseStream } from './read-sse';

const streamOf = (...chunks: string[]) => {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
};

const collect = async (stream: ReadableStream<Uint8Array>) => {
  const events = [];
  for await (const event of readSseStream(stream)) events.push(event);
  return events;
};

describe('createSseParser', () => {
  it('returns an event with its name and data once the blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('event: delta\ndata: {"type":"delta"}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'delta', data: '{"type":"delta"}' }]);
  });

  it('joins several data lines with a newline and names unnamed events "message"', () => {
    const parser = createSseParser();
    expect(parser.push('data: first\ndata: second\n\n')).toEqual([{ event: 'message', data: 'first\nsecond' }]);
  });

  it('accepts CRLF and lone CR line endings, also when CRLF is split across chunks', () => {
    const parser = createSseParser();
    const events = [...parser.push('event: a\r'), ...parser.push('\ndata: 1\r\n\r\n'), ...parser.push('event: b\rdata: 2\r\r')];
    expect(events).toEqual([
      { event: 'a', data: '1' },
      { event: 'b', data: '2' },
    ]);
    // A \n after the final \r is the rest of a CRLF, not a second blank line.
    expect([...parser.push('\n'), ...parser.end()]).toEqual([]);
  });

  it('treats a lone CR followed by more text as a line end', () => {
    const parser = createSseParser();
    expect([...parser.push('event: a\rdata: 1\r\r'), ...parser.push('event: b\rdata: 2\r\rx')]).toEqual([
      { event: 'a', data: '1' },
      { event: 'b', data: '2' },
    ]);
  });

  it('ignores comments, unknown fields and events without data', () => {
    const parser = createSseParser();
    expect(parser.push(': keep-alive\n\nretry: 1000\nevent: lonely\n\nfoo: bar\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('removes only one space after the colon and keeps colons inside the value', () => {
    const parser = createSseParser();
    expect(parser.push('data:  two spaces: kept\n\ndata:none\n\n')).toEqual([
      { event: 'message', data: ' two spaces: kept' },
      { event: 'message', data: 'none' },
    ]);
  });

  it('gives an event the id sent with it', () => {
    const parser = createSseParser();
    expect(parser.push('id: 7\ndata: a\n\ndata: b\n\n')).toEqual([
      { event: 'message', data: 'a', id: '7' },
      { event: 'message', data: 'b' },
    ]);
  });

  it('dispatches a final event that lacks its blank line when the stream ends', () => {
    const parser = createSseParser();
    expect(parser.push('event: done\ndata: {}')).toEqual([]);
    expect(parser.end()).toEqual([{ event: 'done', data: '{}' }]);
  });
});

describe('parseSseText', () => {
  it('reads every event of a whole body, the last one also without its blank line', () => {
    expect(parseSseText('event: citations\ndata: []\n\n: comment\n\nevent: delta\ndata: {"text":"a"}\n\nevent: done\ndata: {}')).toEqual([
      { event: 'citations', data: '[]' },
      { event: 'delta', data: '{"text":"a"}' },
      { event: 'done', data: '{}' },
    ]);
  });
});

describe('readSseStream', () => {
  it('decodes UTF-8 split inside a character and yields the events in order', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"Målet for Norsk Helsenett"}\n\nevent: done\ndata: {}\n\n');
    const splitAt = bytes.indexOf(0xc3) + 1; // between the two bytes of «å»
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, splitAt));
        controller.enqueue(bytes.slice(splitAt));
        controller.close();
      },
    });
    expect(await collect(stream)).toEqual([
      { event: 'delta', data: '{"text":"Målet for Norsk Helsenett"}' },
      { event: 'done', data: '{}' },
    ]);
  });

  it('yields an event as soon as it is complete, before the stream ends', async () => {
    let release: () => void = () => undefined;
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode('data: early\n\n'));
        await new Promise<void>((resolve) => (release = resolve));
        controller.enqueue(encoder.encode('data: late\n\n'));
        controller.close();
      },
    });
    const iterator = readSseStream(stream);
    expect((await iterator.next()).value).toEqual({ event: 'message', data: 'early' });
    release();
    expect((await iterator.next()).value).toEqual({ event: 'message', data: 'late' });
    expect((await iterator.next()).done).toBe(true);
  });

  it('reads a stream given in one-character chunks the same as in one chunk', async () => {
    const text = 'event: citations\ndata: {"a":1}\n\nevent: delta\ndata: {"b":2}\n\n';
    expect(await collect(streamOf(...text.split('')))).toEqual(await collect(streamOf(text)));
  });
});
