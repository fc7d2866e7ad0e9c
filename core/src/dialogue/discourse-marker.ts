/**
 * A follow-up opened by a discourse adverbial that sums up or rephrases («Kort sagt – kva er bodskapen?», «Enkelt forklart:
 * hva gjør tjenesten?», «Med andre ord, hvem betaler?», «In short: what is the point?»): the adverbial says how the asker
 * wants the answer put, not what it is about. Before a dash, colon or comma it read as a scene set first (`splitPreamble`),
 * whose words became the question's context («… (om: kort sagt)?») in place of the conversation's. The adverbial is a closed
 * class: an adverb of manner with a participle of a saying verb («kort sagt», «enkelt forklart», «grovt oppsummert»), or a
 * fixed phrase of the same use («med andre ord», «kort og godt», «in short», «put simply»).
 */
const manner = '(?:kort|kortfatta|kortfattet|enkelt|enkle|grovt|forenkla|forenklet|summarisk|kjapt|briefly|simply)';
const saying = '(?:sagt|fortalt|forklart|oppsummert|formulert|put|said|stated)';
const fixed =
  '(?:kort og godt|med andre ord|oppsummert|oppsummeringsvis|summa summarum|in short|in brief|in other words|to sum up|in a nutshell|put simply|simply put)';
const marker = new RegExp(`^\\s*(?:(?:og|and|men|but|så|so)\\s+)?(?:${manner}\\s+${saying}|${fixed})\\s*(?:[–—-]|:|,)\\s+(?=\\S)`, 'iu');

/** The message without an opening adverbial that sums up or rephrases (see above); the message unchanged when it has none. */
export const withoutDiscourseMarker = (message: string): string => {
  const match = marker.exec(message);
  return match ? message.slice(match[0].length) : message;
};
