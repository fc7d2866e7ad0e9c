/**
 * Norwegian inflects an abbreviation with a hyphen: «FoU-en» (the R&D project), «RHF-ene» (the regional health trusts),
 * «PC-er», «NAV-s». The ending is no word of its own: hyphen-split as a compound, «FoU-en» read as «FoU» + «en» and the
 * whole «fouen», a name no text writes, so a question about «den FoU-en KS har» missed the «FoU» the texts name. A question
 * is read with the abbreviation alone.
 */
const inflectedAbbreviation = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*\p{Lu}\p{L}*)[-\u2010\u2011](?:en|et|a|er|ene|ar|ane|s|ens|ets|enes|anes)(?![\p{L}\p{N}-])/gu;

/** `text` with the inflection endings hyphened to abbreviations left out («Hva gjør RHF-ene?» → «Hva gjør RHF?»). */
export const withoutAbbreviationInflections = (text: string): string => text.replace(inflectedAbbreviation, '$1');
