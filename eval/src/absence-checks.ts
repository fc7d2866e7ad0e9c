import { z } from 'zod';

/**
 * How the absence of an answer was verified for an unanswerable question (eval/data/*unanswerable-checks.json):
 * `absent` terms occur in no seed, and the terms of each `notTogether` group never stand within 600 characters
 * of each other (case-insensitive, whitespace runs collapsed).
 */
export const absenceCheckSchema = z.object({
  absent: z.array(z.string().min(3)).optional(),
  notTogether: z.array(z.array(z.string().min(3)).min(2)).optional(),
});
export const absenceChecksSchema = z.record(z.string(), absenceCheckSchema);
export type AbsenceChecks = z.infer<typeof absenceChecksSchema>;

export const absenceWindowRadius = 600;

const normalise = (text: string): string => text.split(/\s+/).join(' ').toLowerCase();

/** Every way the checks fail against the seed texts (empty when they all hold), one readable line each. */
export const absenceViolations = (checks: AbsenceChecks, seeds: ReadonlyMap<string, string>): string[] => {
  const normalisedSeeds = [...seeds.entries()].map(([file, text]) => [file, normalise(text)] as const);
  return Object.entries(checks).flatMap(([id, check]) => [
    ...(check.absent ?? []).flatMap((term) =>
      normalisedSeeds.filter(([, text]) => text.includes(term.toLowerCase())).map(([file]) => `${id}: ${term} in ${file}`),
    ),
    ...(check.notTogether ?? []).flatMap(([anchor, ...others]) =>
      // The schema asks for at least two words; an empty list finds nothing.
      normalisedSeeds.flatMap(([file, text]) => {
        if (anchor === undefined) return [];
        const hits: string[] = [];
        for (let at = text.indexOf(anchor.toLowerCase()); at >= 0; at = text.indexOf(anchor.toLowerCase(), at + 1)) {
          const window = text.slice(Math.max(0, at - absenceWindowRadius), at + absenceWindowRadius);
          if (others.every((other) => window.includes(other.toLowerCase()))) hits.push(`${id}: ${anchor}+${others.join('+')} in ${file}@${at}`);
        }
        return hits;
      }),
    ),
  ]);
};
