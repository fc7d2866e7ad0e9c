import { analyzeWord } from '../analysis/analyze';

/** A question word written as one compound of a name and a common word: «finnmarkskommunene» = Finnmark + kommunene. */
export interface NamedQualifier {
  /** The compound's stem as the question's terms hold it. */
  stem: string;
  /** Stems of the name that narrows it («finnmark»). */
  name: string[];
  /** Stems of the word it narrows («kommun»). */
  head: string[];
}

/** The shortest name and head read apart: shorter pieces are as often chance («finn» + «mark»). */
const minPieceLength = 4;

/**
 * The question's lowercase words that open with a name of a place or body and end in a word the lemma tables know
 * («finnmarkskommunene», «nordlandskommuner», «osloskolene»): the name narrows the word to its own, as «kommunene i
 * Finnmark» would. The longest name wins; a linking «s» is dropped and what is left must be a name itself. Written
 * with a hyphen or a capital the word is a name already (`entityStems`) and is not read here.
 * @param isName whether a word, as typed in lowercase, is a proper name (`WordKnowledge.isName`)
 * @param knowsWord whether a lowercase word is a Norwegian form the word lists or lemma tables know
 * @param lemmasOf the lemma tables' lemmas of a lowercase word form (`WordKnowledge.lemmasOf`)
 */
export const namedQualifiers = (
  question: string,
  isName: (word: string) => boolean,
  knowsWord: (word: string) => boolean,
  stems: readonly string[],
  lemmasOf: (word: string) => readonly string[] = () => [],
): NamedQualifier[] =>
  [...question.matchAll(/(?<![\p{L}\p{N}-])\p{Ll}+(?![\p{L}\p{N}-])/gu)].flatMap(([word]) => {
    const [stem] = analyzeWord(word);
    // A word the word lists know whole is a word of its own («fordeling»), not a name joined to one.
    if (stem === undefined || !stems.includes(stem) || isName(word) || knowsWord(word)) return [];
    for (let split = word.length - minPieceLength; split >= minPieceLength; split -= 1) {
      const prefix = word.slice(0, split);
      const rest = word.slice(split);
      const base = prefix.replace(/(?<=[^s])s$/u, '');
      if (!isName(base) || !knowsWord(rest)) continue;
      // A common word the corpus also writes capitalised (in a heading, as a title) is read by the lemma tables as another
      // word («hoved» → «hode»): not a name. A proper name is its own lemma («oslo») or unknown to them («finnmark»).
      if ([...lemmasOf(prefix), ...lemmasOf(base)].some((lemma) => lemma !== prefix && lemma !== base)) continue;
      const name = analyzeWord(base);
      const head = analyzeWord(rest);
      return name.length > 0 && head.length > 0 ? [{ stem, name, head }] : [];
    }
    return [];
  });
