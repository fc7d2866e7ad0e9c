import { analyze } from './analyze';
import { occursInVocabulary, type EnglishDictionary } from './english-dictionary';

/** Norwegian comparative and superlative endings of a regular adjective (bokmål -ere/-est, nynorsk -are/-ast, with -e). */
const GRADED_ENDINGS = /^(?:ere|are|est|este|ast|aste)$/u;

/** Forms kept for one English adjective read in its comparative or superlative. */
const MAX_GRADED_FORMS = 4;

/**
 * The stored dictionary with `graded`: for each adjective or adverb of the direct dictionary (its `<adj>`/`<adv>` entries,
 * all translations read, not only the kept ones), the comparatives and superlatives of its one-word Norwegian translations
 * that the lemma tables list and the corpus writes («fast» → rask → «raskere»). For an English comparative or superlative no dictionary has
 * («faster»): the Norwegian comparative need not be a word the corpus writes in its base form.
 */
export const withGradedEntries = (
  translated: EnglishDictionary,
  direct: EnglishDictionary,
  formsOf: (lemma: string) => readonly string[],
  vocabulary: ReadonlySet<string>,
): EnglishDictionary => {
  const graded = new Map<string, readonly string[]>();
  for (const [headword, classes] of direct.wordClasses ?? []) {
    const found: string[] = [];
    for (const [translation, of] of classes) {
      if (!(of.has('adjective') || of.has('adverb')) || translation.includes(' ')) continue;
      for (const form of formsOf(translation)) {
        const isGraded = form.startsWith(translation) && GRADED_ENDINGS.test(form.slice(translation.length));
        // A form the stemmer reads as its base («raskast» → rask) adds nothing the base does not: only those it keeps apart.
        const ownStem = analyze(form).join(' ') !== analyze(translation).join(' ');
        if (isGraded && ownStem && !found.includes(form) && occursInVocabulary(form, vocabulary)) found.push(form);
      }
    }
    if (found.length > 0) graded.set(headword, found.slice(0, MAX_GRADED_FORMS));
  }
  return graded.size > 0 ? { ...translated, graded } : translated;
};
