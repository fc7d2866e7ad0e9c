/**
 * A synonym's share of a synonym's credit (`QueryWord.synonymShares`) by how specific it is: the typical number of thesaurus
 * headwords listing a synonym over the number listing this one, within [0.25, 2]. A word the thesaurus lists under many
 * headwords («styre», «plan») stands for many senses and is weak evidence of any one; a word listed under few names one
 * thing, and at twice the share (half the typical listings or fewer) counts as the word itself (0.5 × 2). Chosen on the eval's
 * tune split (search only, R@1 / MRR; base 790 / 0.7900): ratio to the power 1 within [0.25, 2] 792 / 0.7907, [0.5, 2] 791 /
 * 0.7905, [1, 2] 792 / 0.7909, [0.25, 1.4] 789 / 0.7894; square root within [0.5, 1.4] 789 / 0.7894.
 */
export const specificityShare = (listings: number, typical: number): number => {
  if (listings <= 0 || typical <= 0) return 1;
  return Math.min(2, Math.max(0.25, typical / listings));
};
