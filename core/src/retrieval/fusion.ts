/** Reciprocal rank fusion: each list adds weight / (k + rank) to the ids it ranks. */
export interface RankedList {
  ids: string[];
  weight: number;
}

export const reciprocalRankFusion = (lists: RankedList[], k = 60): Map<string, number> => {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, rank) => {
      scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + rank + 1));
    });
  }
  return scores;
};

/** Ids by descending score, ties broken by id so results are deterministic. */
export const rankByScore = (scores: ReadonlyMap<string, number>): Array<{ id: string; score: number }> =>
  [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
