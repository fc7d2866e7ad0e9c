import type { Context } from 'hono';

/**
 * Calls `done` once the response is finished: at once for an ordinary response, and for a
 * streamed one (server-sent events) when the stream ends or the client cancels it. Call after
 * `await next()`; it replaces a streamed body with one that reports its end.
 */
export const whenResponseDone = (context: Context, done: () => void): void => {
  const response = context.res;
  // The content type first: reading `body` turns @hono/node-server's lightweight response (what
  // `context.json` returns, written to the socket as one string) into a full web Response whose
  // body is then streamed back out chunk by chunk — ~10 % of the API's CPU per search at 1×.
  const body = /text\/event-stream/i.test(response.headers.get('content-type') ?? '') ? response.body : null;
  if (!body) {
    done();
    return;
  }
  const reader = body.getReader();
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  const tracked = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          finish();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason);
    },
  });
  context.res = new Response(tracked, { status: response.status, statusText: response.statusText, headers: response.headers });
};
