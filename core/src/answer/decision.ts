/**
 * A yes/no question asking whether a decision was made («Har regjeringa vedteke planen?», «Ble loven vedtatt?», «Er det
 * bestemt hvor senteret skal ligge?», «Was the act passed?», «Has the ministry approved it?»): its answer is that decision or
 * its absence, which a text states with a word of deciding, approving or enacting («vedtatt», «vedtak», «godkjent», «besluttet»,
 * «bestemt», «passed», «approved», «trådte i kraft»). A passage with none of them tells what was proposed, planned or done
 * about the thing, not whether it was decided. Regular expressions over a closed class, as `obligation.ts` reads a duty.
 *
 * @module
 */

/** The participles and finite forms of deciding, approving, accepting and enacting, bokmål, nynorsk and English. */
const decidingVerb =
  '(?:vedtatt|vedteken|vedteke|vedtekne|vedtok|vedtatte|godtatt|godteken|godteke|godtekne|godtok|godkjent|godkjend|godkjende|godkjente|bestemt|bestemte|besluttet|beslutta|avgjort|avgjorde|passed|approved|adopted|decided|enacted|accepted|ratified)';

/**
 * A yes/no question whose own verb is one of deciding: after the auxiliary that opens it and at most four words of its subject
 * («Har regjeringa godteke …», «Ble forslaget vedtatt …», «Is it decided …»), or a finite form of it opening the question
 * («Vedtok Stortinget …?», «Godkjente departementet …?»). Not such a word further in («Vil KS ha en ordning der systemer blir
 * godkjent …?» asks what KS wants).
 */
const decisionAsked = new RegExp(
  String.raw`^\P{L}*(?:(?:og|and|men|but|so)\s+)?(?:(?:har|hadde|er|var|ble|blei|vart|blir|vert|has|have|had|is|are|was|were)\s+(?:\S+\s+){0,4}?${decidingVerb}|(?:vedtok|godtok|godkjente|bestemte|besluttet|beslutta|avgjorde))(?!\p{L})`,
  'iu',
);

/** Whether a question asks whether a decision was made (`decisionAsked`). */
export const asksForDecision = (question: string): boolean => decisionAsked.test(question);

/** A word of deciding, approving, accepting or enacting, or of coming into force, in any form. */
const decisionStated =
  /(?<!\p{L})(?:vedt\p{L}*|godt[aeo]\p{L}*|godkjen\p{L}*|bestem\p{L}*|beslut\p{L}*|avgj\p{L}*|kraft|ikraft\p{L}*|sanksjon\p{L}*|pass(?:ed|ing)|approv\p{L}*|adopt\p{L}*|decid\p{L}*|decision\p{L}*|enact\p{L}*|accept\p{L}*|agreed|ratif\p{L}*|force)(?!\p{L})/iu;

/** Whether a text states a decision, an approval or an enactment (`decisionStated`). */
export const statesDecision = (text: string): boolean => decisionStated.test(text);
