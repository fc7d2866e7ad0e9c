/**
 * The reading shown to the user («Tolket som: …»), made readable: a follow-up read in the frame of a question that was itself
 * read with context carries that context in the middle («kva skulle ho snakke om (om: Sjukepleiarforbundet …) – klokka
 * 14.10?»); shown, the context goes last, once («kva skulle ho snakke om – klokka 14.10 (om: Sjukepleiarforbundet …)?»).
 * Display only: the question is searched as it was read.
 */
const contextInside = /^(.*?)\s*\((om|about): ([^()]*)\)(\s*[–—-]\s*.*?)\s*\?$/su;

export const shownReading = (interpreted: string): string => {
  const match = contextInside.exec(interpreted);
  if (!match) return interpreted;
  const [, head = '', about = '', context = '', rest = ''] = match;
  return `${head}${rest.replace(/\s*\?+$/u, '')} (${about}: ${context})?`;
};
