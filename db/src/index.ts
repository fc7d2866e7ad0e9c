/** What other workspaces (bench) use of db: Debian's PostgreSQL for a test or a bench run, and a generation written from an index folder. */
export * from './debian-postgres';
export * from './generation-from-index';
