/** Writes one generation from a file index into DATABASE_URL (for bench:replicas-ingest): `tsx write-generation-child.ts <indexDir> <seedsDir>`. */
import pg from 'pg';
import { writeGeneration } from '@kildesvar/core';
import { generationFromIndex } from '@kildesvar/db';

const [indexDir, seedsDir] = process.argv.slice(2);
if (!indexDir || !seedsDir || !process.env.DATABASE_URL) throw new Error('Usage: DATABASE_URL=… tsx write-generation-child.ts <indexDir> <seedsDir>');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const started = performance.now();
const content = await generationFromIndex(indexDir, seedsDir);
console.log(`generation content ready after ${((performance.now() - started) / 1000).toFixed(0)} s`);
const written = await writeGeneration(pool, content);
console.log(`generation ${written.generation} written after ${((performance.now() - started) / 1000).toFixed(0)} s`);
await pool.end();
