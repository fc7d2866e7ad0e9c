/** Splits a server-sent-events body into its frames (event name and data). */
export const parseSseFrames = (body: string): Array<{ event: string; data: string }> =>
  body
    .split(/\n\n+/)
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      const lines = block.split('\n');
      const event =
        lines
          .find((line) => line.startsWith('event:'))
          ?.slice(6)
          .trim() ?? 'message';
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      return { event, data };
    });
