/** One dispatched server-sent event: its name (default "message") and its data lines joined by "\n". */
export type SseEvent = { event: string; data: string; id?: string };

/**
 * An incremental parser for the text/event-stream format (WHATWG HTML §9.2): feed it text in
 * chunks of any size, it returns the events completed so far. Lines may end in \n, \r\n or \r.
 */
export const createSseParser = () => {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  let lastId: string | undefined;

  const dispatch = (events: SseEvent[]) => {
    if (dataLines.length > 0) {
      events.push({ event: eventName || 'message', data: dataLines.join('\n'), ...(lastId === undefined ? {} : { id: lastId }) });
    }
    eventName = '';
    dataLines = [];
  };

  const processLine = (line: string, events: SseEvent[]) => {
    if (line === '') return dispatch(events);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
    else if (field === 'id' && !value.includes('\0')) lastId = value;
  };

  return {
    /** Adds text; returns the events whose terminating blank line has arrived. */
    push(text: string): SseEvent[] {
      buffer += text;
      const events: SseEvent[] = [];
      const linePattern = /\r\n|\n|\r/g;
      let consumed = 0;
      for (let match = linePattern.exec(buffer); match !== null; match = linePattern.exec(buffer)) {
        // A lone \r at the very end may be the first half of \r\n: wait for more text.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        processLine(buffer.slice(consumed, match.index), events);
        consumed = match.index + match[0].length;
      }
      buffer = buffer.slice(consumed);
      return events;
    },
    /**
     * Ends the stream. Unlike a browser's EventSource, a last event whose blank line never came is
     * still dispatched: a server that closes right after its final frame should not lose it.
     */
    end(): SseEvent[] {
      const events: SseEvent[] = [];
      if (buffer !== '') processLine(buffer.replace(/\r$/, ''), events);
      buffer = '';
      dispatch(events);
      return events;
    },
  };
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
