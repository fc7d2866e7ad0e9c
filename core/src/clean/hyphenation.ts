import type { Lexicon } from './lexicon';

/**
 * What to do with a hyphen at the end of a line when the next line goes on in lowercase:
 * - `join`: a word split across lines (`ut-` + `vikle` → `utvikle`, `IKT-løs-` + `ning` → `IKT-løsning`);
 * - `keep`: a real hyphen that happens to end the line (`KommIT-` + `rådet`, `e-` + `helse`);
 * - `spaced`: a shared-part form (`helse-` + `og omsorg`), joined with a space;
 * - `break`: the next line opens a new page and nothing says the halves belong together: the
 *   extraction lost text in between (000 repeats page fragments), so the paragraph ends.
 * `evidence` says which rule decided, for the cleaning report.
 */
export type HyphenDecision = 'join' | 'keep' | 'spaced' | 'break';

export interface HyphenVerdict {
  decision: HyphenDecision;
  evidence: HyphenEvidence;
}

export type HyphenEvidence =
  | 'shared-part'
  | 'url'
  | 'corpus-joined'
  | 'corpus-hyphenated'
  | 'acronym-or-letter'
  | 'hyphen-prefix'
  | 'word-list-joined'
  | 'word-list-hyphenated'
  | 'fallback-join'
  | 'page-break-no-evidence';

/** Words after which a dangling hyphen is a shared part: "helse- og omsorg", "stat- eller kommune". */
const SHARED_PART_CONNECTORS = new Set(['og', 'eller', 'til', 'samt']);
/** Prefixes Norwegian writes with a hyphen: "ikke-kompenserte". */
const HYPHEN_PREFIXES = new Set(['ikke', 'ikkje']);
const urlLike = /@|www\.|:\/\//;

/**
 * `leftToken` is the last token of the line including its hyphen (`IKT-løs-`), `rightWord` the
 * leading letters of the next line (`ning`), `acrossPage` whether that line starts a page.
 */
export const decideLineEndHyphen = (leftToken: string, rightWord: string, lexicon: Lexicon, acrossPage = false): HyphenVerdict => {
  const right = rightWord.toLowerCase();
  if (SHARED_PART_CONNECTORS.has(right)) return { decision: 'spaced', evidence: 'shared-part' };
  if (urlLike.test(leftToken)) return { decision: 'keep', evidence: 'url' };

  const stem = leftToken.replace(/-$/, '').replace(/^[^\p{L}\d]+/u, '');
  const segment = stem.slice(stem.lastIndexOf('-') + 1);
  const forms = (joiner: string): string[] => (segment === stem ? [`${stem}${joiner}${right}`] : [`${stem}${joiner}${right}`, `${segment}${joiner}${right}`]);
  const corpusCount = (candidates: string[]): number => candidates.reduce((sum, form) => sum + lexicon.corpusCount(form), 0);

  const joined = forms('');
  const hyphenated = forms('-');
  const joinedCount = corpusCount(joined);
  const hyphenatedCount = corpusCount(hyphenated);
  if (hyphenatedCount > joinedCount) return { decision: 'keep', evidence: 'corpus-hyphenated' };
  if (joinedCount > 0) return { decision: 'join', evidence: 'corpus-joined' };

  const capitals = segment.replace(/[^\p{Lu}]/gu, '').length;
  if (capitals >= 2 || /\d/.test(segment) || segment.length === 1) return { decision: 'keep', evidence: 'acronym-or-letter' };
  if (HYPHEN_PREFIXES.has(segment.toLowerCase())) return { decision: 'keep', evidence: 'hyphen-prefix' };
  if (joined.some((form) => lexicon.inWordList(form))) return { decision: 'join', evidence: 'word-list-joined' };
  if (hyphenated.some((form) => lexicon.inWordList(form))) return { decision: 'keep', evidence: 'word-list-hyphenated' };
  if (acrossPage) return { decision: 'break', evidence: 'page-break-no-evidence' };
  return { decision: 'join', evidence: 'fallback-join' };
};
