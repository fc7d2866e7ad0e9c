/**
 * The reading shown to the user («Tolket som: …»), made readable: a follow-up read in the frame of a question that was itself
 * read with context carries that context in the middle («kva skulle han leggje fram (om: Lærarforbundet …) – klokka
 * 10.30?»); shown, the context goes last, once («kva skulle han leggje fram – klokka 10.30 (om: Lærarforbundet …)?»).
 * Each context word is shown once. Display only: the question is searched as it was read.
 */
const contextInside = /^(.*?)\s*\((om|about): ([^()]*)\)(\s*[–—-]\s*.*?)\s*\?$/su;

const contextLast = /\((om|about): ([^()]*)\)\?$/u;

/** The context's words once each, whatever their case («Elektronisk pasientjournal … elektronisk» → once). */
const once = (context: string): string => {
  const seen = new Set<string>();
  return context
    .split(/\s+/u)
    .filter((word) => {
      const key = word.toLowerCase();
      if (word.length === 0 || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' ');
};

export const shownReading = (interpreted: string): string => {
  const match = contextInside.exec(interpreted);
  const moved = match ? `${match[1] ?? ''}${(match[4] ?? '').replace(/\s*\?+$/u, '')} (${match[2] ?? ''}: ${match[3] ?? ''})?` : interpreted;
  return moved.replace(contextLast, (_, about: string, context: string) => `(${about}: ${once(context)})?`);
};
