/**
 * A message that sets the scene before it asks («Skolen vår vurderer å ta i bruk Visma Flyt. Hva går det ut på?»,
 * «Jeg har hørt om noe som heter KommIT – hva er det for noe?», «Noe helt annet: hvorfor vokste …?»): the question is the
 * last part, and the parts before it are context, which a pronoun in the question may point to. Read like a follow-up to a
 * turn that got no answer (see `resolveQuestion`): the scene's words count half, so a long preamble no longer outweighs
 * the question, and «det» finds what it points to.
 */
export interface Preamble {
  /** What comes before the question, as written. */
  preamble: string;
  /** The question itself. */
  question: string;
}

import { analyze } from '../analysis';

const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

/** Words a question opens with (bokmål, nynorsk, English): question words and the verbs of a yes/no question. */
const questionStart = new RegExp(
  `^\\s*(?:og\\s+|and\\s+|men\\s+|but\\s+)?${before}(?:hva|kva|hvem|kven|hvor|kor|kvar|når|hvorfor|kvifor|korfor|hvordan|korleis|hvilke[nt]?|` +
    'what|who|whom|whose|when|where|why|how|which|' +
    'er|var|har|hadde|skal|skulle|kan|kunne|vil|ville|blir|ble|vert|vart|gjelder|gjeld|finnes|fins|stemmer|må|bør|får|fikk|veit|vet|' +
    `is|are|was|were|does|do|did|can|could|will|would|has|have|should)${after}`,
  'iu',
);

/** A question word opening a part (a yes/no verb may open a scene: «Stemmer det – hvor stor andel …?»). */
const questionWordStart = new RegExp(
  `^\\s*(?:og\\s+|and\\s+)?${before}(?:hva|kva|hvem|kven|hvor|kor|kvar|når|hvorfor|kvifor|korfor|hvordan|korleis|hvilke[nt]?|what|who|whom|whose|when|where|why|how|which)${after}`,
  'iu',
);

/**
 * Where one part ends and the next begins: after a full stop, «!» or «?» before a capital (not after an abbreviation: the word
 * before must be a whole word of four letters or more, or a number: «St.meld. Nr.» and «adm. Dir.» stay whole), and before a dash or a
 * colon that a question follows («… DigiFin – hva er det?», «Noe helt annet: hvorfor …?»).
 */
const sentenceBreak = /(?<=(?:^|[\s(«"])(?:\p{L}{4,}|[\p{N}\p{L}]*\p{N})[»")]?[.!?])\s+(?=\p{Lu})/gu;
const dashOrColon = /\s+[–—-]\s+|:\s+/gu;

/** The parts of a message, in order. */
const partsOf = (text: string): string[] =>
  text
    .split(sentenceBreak)
    .flatMap((sentence) => {
      // A dash or a colon opens a new part only when a question follows it.
      const pieces: string[] = [];
      let start = 0;
      for (const match of sentence.matchAll(dashOrColon)) {
        const rest = sentence.slice(match.index + match[0].length);
        if (!questionStart.test(rest)) continue;
        pieces.push(sentence.slice(start, match.index));
        start = match.index + match[0].length;
      }
      pieces.push(sentence.slice(start));
      return pieces;
    })
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

const isQuestion = (part: string): boolean => /\?\s*$/u.test(part) || questionStart.test(part);

/**
 * The preamble and the question of a message that sets the scene first, or null when it asks at once, asks several things
 * (a part before the last ends in «?»: a two-part question, not context), or its last part is no question.
 */
export const splitPreamble = (text: string): Preamble | null => {
  const parts = partsOf(text.trim());
  if (parts.length < 2) return null;
  const question = parts[parts.length - 1] ?? '';
  const scene = parts.slice(0, -1);
  if (!isQuestion(question) || question.split(/\s+/u).length < 2) return null;
  // A part before the last that asks (ends in «?» or opens with a question word) makes two questions, not a scene.
  if (scene.some((part) => /\?\s*$/u.test(part) || questionWordStart.test(part))) return null;
  return { preamble: scene.join(' '), question };
};

/**
 * The preamble without the words the corpus never uses: a word stays when one of its stems is `inCorpus`, when it carries no
 * stem (a function word), or when it is written with a capital after the first word (a name).
 */
export const sceneWords = (preamble: string, inCorpus: (stem: string) => boolean): string =>
  preamble
    .split(/\s+/u)
    .filter((word, index) => {
      const stems = analyze(word);
      return stems.length === 0 || stems.some(inCorpus) || (index > 0 && /\p{Lu}/u.test(word));
    })
    .join(' ');
