import { taggedAnalyses } from './language-resources';

/** A finite verb reading: a verb in the present or past tense (`kunne<vblex><pres>`, `finne<vblex><pres><pasv>`, `være<vblex><pret>`). */
const finite = /<vb[a-z]*>.*<(?:pres|pret)>/u;
/**
 * A function-word reading: a preposition, adverb, conjunction, pronoun, determiner or interjection. Such a word opening a
 * question is no verb put first («Når …?», «Så …?», «For …?» are also Apertium's present of «nå», past of «se» and «fare»).
 * A noun or adjective reading does not block the verb: a bare noun or adjective without its article cannot open a Norwegian
 * question («Var …?», «Bruker …?», «Stemmer …?» open with the verb).
 */
const functionWord = /^[^<]*<(?:pr|adv|preadv|cnjsub|cnjcoo|cnjadv|prn|det|ij)>/u;

/**
 * The lowercase forms Apertium's analysers read as a finite verb and never as a function word (see above), from
 * `lt-proc -w` output lines over lowercase words, bokmål and nynorsk outputs together (one analyser's function-word reading
 * blocks the other's verb: nynorsk «kor» is «hvor»). A question that opens with one asks yes or no (V1 order:
 * «Meiner KS at …?», «Trenger kommunane …?»). Words written with a capital (names) are left out.
 */
export const finiteVerbForms = (lines: Iterable<string>): string[] => {
  const verbs = new Set<string>();
  const blocked = new Set<string>();
  for (const line of lines) {
    const surface = /^\^([^/]*)\//u.exec(line.trim())?.[1];
    if (!surface || /^\p{Lu}/u.test(surface)) continue;
    const word = surface.toLowerCase().normalize('NFC');
    for (const analysis of taggedAnalyses(line)) {
      if (functionWord.test(analysis)) blocked.add(word);
      else if (finite.test(analysis) && !analysis.includes('<cmp>')) verbs.add(word);
    }
  }
  return [...verbs].filter((word) => !blocked.has(word)).sort();
};
