import { taggedAnalyses } from './language-resources';

/**
 * The word classes whose paradigms are generated: verbs (lexical, modal, «være», «ha»), nouns and adjectives. Strong and
 * irregular forms change the stem («finne» → «fant», «gå» → «gikk», «god» → «bedre», «mann» → «menn»), so they cannot be
 * found among the word lists' forms by a shared beginning with the lemma.
 */
const inflecting = new Set(['vblex', 'vbmod', 'vbser', 'vbhaver', 'n', 'adj']);
/** Tags that say how a form joins a compound, not which form it is. */
const compoundTags = /<(?:cmp|compound-only-L)>/u;
const positionTags = /<(?:compound-R|detriple)>/gu;

/** One tagged analysis split into its lemma, the tags of its paradigm (word class, and a noun's gender) and the tags of its form. */
export interface ParadigmForm {
  lemma: string;
  /** `<vblex>`, `<n><m>`, `<adj>`. */
  paradigm: string;
  /** `<pret>`, `<pl><def>`, `<pp><mf><sg><ind>`. */
  form: string;
}

/**
 * Reads a tagged analysis (`finne<vblex><pret>`, `mann<n><m><pl><ind>`) into its lemma, paradigm and form tags; null for a
 * word class that is not generated, a multiword lemma («greie# ut»), or a form only found inside compounds.
 */
export const paradigmFormOf = (analysis: string): ParadigmForm | null => {
  if (compoundTags.test(analysis)) return null;
  const match = /^([^<#]+)((?:<[^>]+>)+)$/u.exec(analysis.replace(positionTags, ''));
  if (!match?.[1] || !match[2]) return null;
  const tags = match[2].match(/<[^>]+>/gu) ?? [];
  const wordClass = tags[0]?.slice(1, -1) ?? '';
  if (!inflecting.has(wordClass)) return null;
  const length = wordClass === 'n' ? 2 : 1;
  const lemma = match[1].trim().toLowerCase().normalize('NFC');
  if (!/^\p{L}+$/u.test(lemma)) return null;
  return { lemma, paradigm: tags.slice(0, length).join(''), form: tags.slice(length).join('') };
};

/**
 * What to ask a generator (`lt-proc -g`) for: every form tag set the analyses show for a paradigm (from `lines`, `lt-proc -w`
 * output of one analyser), for every lemma of that paradigm `wanted` admits: `^finne<vblex><pret>$`, `^finne<vblex><pp>$`, ….
 * `extra` adds tagged analyses of lemmas the lines do not hold (the other standard's translations, `eige<vblex><inf>`).
 */
export const generationRequests = (lines: Iterable<string>, wanted: (lemma: string) => boolean, extra: Iterable<string> = []): string[] => {
  const forms = new Map<string, Set<string>>();
  const lemmas = new Set<string>();
  const read = (analysis: string) => {
    const parsed = paradigmFormOf(analysis);
    if (!parsed) return;
    forms.set(parsed.paradigm, (forms.get(parsed.paradigm) ?? new Set<string>()).add(parsed.form));
    if (wanted(parsed.lemma)) lemmas.add(`${parsed.lemma}\u0000${parsed.paradigm}`);
  };
  for (const line of lines) for (const analysis of taggedAnalyses(line)) read(analysis);
  for (const analysis of extra) read(analysis);
  const requests: string[] = [];
  for (const key of [...lemmas].sort()) {
    const [lemma, paradigm] = key.split('\u0000') as [string, string];
    for (const form of [...(forms.get(paradigm) ?? [])].sort()) requests.push(`^${lemma}${paradigm}${form}$`);
  }
  return requests;
};

/** The forms a generator wrote (one a line, lowercase NFC), without the lemmas it could not inflect (`#finne`) and multiword forms. */
export const generatedForms = (lines: Iterable<string>): string[] => {
  const found = new Set<string>();
  for (const line of lines) {
    const form = line.trim().toLowerCase().normalize('NFC');
    if (/^\p{L}+$/u.test(form)) found.add(form);
  }
  return [...found].sort();
};

/** The target analyses of `lt-proc -b` lines (`^eie<vblex><inf>/eige<vblex><inf>$` → `eige<vblex><inf>`), tags kept; unknown words and compounds left out. */
export const bilingualTargets = (lines: Iterable<string>): string[] => {
  const targets: string[] = [];
  for (const line of lines) {
    const match = /^\^[^/]*\/(.*)\$$/u.exec(line.trim());
    if (match?.[1]) targets.push(...match[1].split('/').filter((target) => !target.startsWith('@') && !target.includes('+')));
  }
  return targets;
};
