import { createParser } from 'eventsource-parser';

/** One dispatched server-sent event: its name (default "message") and its data lines joined by "\n". */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * An incremental parser for the text/event-stream format (WHATWG HTML §9.2), on `eventsource-parser`:
 * feed it text in chunks of any size, it returns the events completed so far.
 */
export const createSseParser = () => {
  let completed: SseEvent[] = [];
  const parser = createParser({
    onEvent: ({ event, data, id }) => completed.push({ event: event ?? 'message', data, ...(id === undefined ? {} : { id }) }),
  });
  const take = (): SseEvent[] => {
    const events = completed;
    completed = [];
    return events;
  };
  return {
    /** Adds text; returns the events whose terminating blank line has arrived. */
    push(text: string): SseEvent[] {
      parser.feed(text);
      return take();
    },
    /**
     * Ends the stream. Unlike a browser's EventSource, a last event whose blank line never came is
     * still dispatched: a server that closes right after its final frame should not lose it.
     */
    end(): SseEvent[] {
      parser.feed('\n\n');
      parser.reset();
      return take();
    },
  };
};

/** The events of a whole text/event-stream body, the last one dispatched even without its blank line. */
export const parseSseText = (body: string): SseEvent[] => {
  const parser = createSseParser();
  return [...parser.push(body), ...parser.end()];
};

/** Reads a byte stream of server-sent events, yielding each event as it completes. */
export async function* readSseStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const parser = createSseParser();
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    // Stops the download when the reader leaves early (a stop, an error frame); a no-op after the end.
    await reader.cancel().catch(() => undefined);
  }
}
