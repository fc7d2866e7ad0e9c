/**
 * The letters Norwegian puts between a compound's parts: none, -s- or -e- («teknologi-utgift», «arbeid-s-plass»,
 * «barn-e-hage»). A closed set of Norwegian word formation, shared by every place that joins or splits compounds.
 */
export const linkingLetters: readonly string[] = ['', 's', 'e'];
