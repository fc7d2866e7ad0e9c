import { analyze } from '../analysis';

/**
 * A question about what someone will or shall do («Hva vil fylket gjøre for kystsamarbeidet?», «Når skal regjeringen legge
 * fram …?», «What help will KS give …?») asks for an intention or a duty, and the texts state those with the same modal verb
 * beside the same subject («KS vil bidra til …», «I 2008 skal alle kommuner …»): a sentence that says what the subject
 * does, has done or needs («Geovekst har hatt fokus på …», «Standardiserte krav … vil bli nødvendig») names its topic, not
 * the answer. The modal verbs of will and duty are a closed class (bokmål, nynorsk and English share «vil» and «skal»).
 */
const modals = '(?:vil|skal|will|shall)';

/**
 * Question words (bokmål, nynorsk, English), a closed class. Not «hvem», «kven», «who»: there the question word is the
 * subject, and the word after the modal is the verb («Hvem skal kartlegge …?»).
 */
const questionWords = '(?:hva|hvor|hvordan|hvorfor|hvilken|hvilket|hvilke|når|kva|kor|korleis|kvifor|kvar|kva\\s+for|what|which|how|why|when|where)';

/**
 * The question word opening an interrogative clause (at the start or after a sentence's end), at most three words of its
 * phrase («Kva slags kravspesifikasjon», «What help»), the modal as its finite verb, and the word after it: the subject.
 */
const intentionQuestion = new RegExp(
  String.raw`(?:^|[.!?:]\s+)${questionWords}(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s+${modals}\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)`,
  'iu',
);

/**
 * The stem of the subject of a question that asks what it will or shall do, or null. A function word after the modal
 * («Hva skal til …», «Hva vil det si …», «Hvordan vil vi …») is no subject: the analyser drops it as a stop word.
 */
export const intentionSubjectOf = (question: string): string | null => {
  const word = intentionQuestion.exec(question.normalize('NFC').trim())?.[1];
  const [stem] = word ? analyze(word) : [];
  return stem ?? null;
};

const modalWord = new RegExp(`^${modals}$`, 'iu');

/** Whether a sentence states the subject with a modal of will or duty beside it («KS vil …», «… vil KS …»). */
export const statesIntention = (text: string, subject: string): boolean => {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  for (let index = 0; index < words.length; index += 1) {
    if (!modalWord.test(words[index] ?? '')) continue;
    for (const neighbour of [words[index - 1], words[index + 1]]) if (neighbour && analyze(neighbour).includes(subject)) return true;
  }
  return false;
};
