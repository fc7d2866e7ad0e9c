/**
 * The commands that messages tell a person to run, named in this one place so that a renamed
 * script is renamed in every message at once.
 */
export const commands = {
  ingest: 'npm run ingest',
  forceIngest: 'npm run ingest -- --force',
  buildWeb: 'npm run build -w web',
} as const;

/** The tail of a message about an index that must be rebuilt whatever the seeds say: its files are broken or of another version. */
export const rebuildHint = `run \`${commands.forceIngest}\` to rebuild it`;

/** The tail of a message about an index that a plain ingest builds or brings up to date (none yet, or changed seeds or settings). */
export const ingestHint = (verb: 'build' | 'rebuild'): string => `run \`${commands.ingest}\` to ${verb} it`;
