/** A document older than this many years gets a note on its citations: plans in it may be outdated. */
export const oldAfterYears = 5;

export const isOldDocument = (year: number | undefined, now: Date = new Date()): year is number =>
  year !== undefined && now.getFullYear() - year > oldAfterYears;
