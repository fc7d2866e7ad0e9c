/**
 * Norwegian inflects an abbreviation with a hyphen: «PC-en», «IKS-ene» (the inter-municipal companies), «PC-er», «NAV-s».
 * The ending is no word of its own: hyphen-split as a compound, «IKS-et» read as «IKS» + «et» and the whole «ikset», a name
 * no text writes, so a question about «det IKS-et kommunen eier» missed the «IKS» the texts name. A question is read with the
 * abbreviation alone.
 */
const inflectedAbbreviation = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*\p{Lu}\p{L}*)[-\u2010\u2011](?:en|et|a|er|ene|ar|ane|s|ens|ets|enes|anes)(?![\p{L}\p{N}-])/gu;

/** `text` with the inflection endings hyphened to abbreviations left out («Hva gjør IKS-ene?» → «Hva gjør IKS?»). */
export const withoutAbbreviationInflections = (text: string): string => text.replace(inflectedAbbreviation, '$1');
