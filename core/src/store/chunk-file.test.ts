import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkId } from '../chunk/chunk-id';
import { randomAccessFile } from '../files/random-access-file';
import type { Chunk } from '../schemas';
import { openChunkFile, readChunkFile, writeChunkFile } from './chunk-file';

const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-chunk-file-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const chunk = (file: string, start: number, text: string, heading = ''): Chunk => ({
  id: chunkId(file, start, start + text.length, text),
  file,
  start,
  end: start + text.length,
  title: file.replace('.txt', ''),
  heading,
  text,
  alsoIn: file === 'b.txt' ? [{ file: 'c.txt', start: 3, end: 3 + text.length }] : [],
});
const chunks = [chunk('a.txt', 0, 'Kommunene skal ha bredbånd.'), chunk('b.txt', 10, 'Æ, ø og å i «sitat».', 'Overskrift'), chunk('a.txt', 40, 'Siste bit.')];

const open = (location: string) => openChunkFile(randomAccessFile(openSync(location, 'r'), { truncated: () => new Error('truncated') }), location);

describe('chunk file', () => {
  it('gives back every chunk, ids and spans at open and texts per chunk', () => {
    const location = path.join(directory, 'chunks.bin');
    writeChunkFile(location, chunks);
    const table = open(location);
    expect(table.heads).toEqual(chunks.map(({ id, file, start, end }) => ({ id, file, start, end })));
    expect(table.body(1)).toEqual({ title: 'b', heading: 'Overskrift', text: 'Æ, ø og å i «sitat».', alsoIn: chunks[1]?.alsoIn });
    expect(readChunkFile(location)).toEqual(chunks);
  });

  it('holds no chunks when written empty', () => {
    const location = path.join(directory, 'empty.bin');
    writeChunkFile(location, []);
    expect(open(location).heads).toEqual([]);
  });

  it('refuses a chunk whose text does not match its id when the text is read, naming the file', () => {
    const location = path.join(directory, 'edited.bin');
    writeChunkFile(
      location,
      chunks.map((item, index) => (index === 2 ? { ...item, text: 'Siste bot.' } : item)),
    );
    const table = open(location);
    expect(table.body(0).text).toBe('Kommunene skal ha bredbånd.');
    expect(() => table.body(2)).toThrow(expect.objectContaining({ code: 'index_corrupt', message: expect.stringContaining(location) }));
  });

  it('refuses another format by its header', () => {
    const location = path.join(directory, 'other.bin');
    writeFileSync(location, Buffer.concat([Buffer.from('KSAC'), readFileSync(path.join(directory, 'chunks.bin')).subarray(4)]));
    expect(() => open(location)).toThrow(expect.objectContaining({ code: 'index_corrupt' }));
  });
});
