import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CopyOutQuery } from './copy-out';

/** One backend message: code, length (itself included), payload. */
const message = (code: string, payload: Buffer = Buffer.alloc(0)): Buffer => {
  const header = Buffer.alloc(5);
  header.write(code, 0, 'latin1');
  header.writeUInt32BE(payload.length + 4, 1);
  return Buffer.concat([header, payload]);
};

/** A connection as node-postgres hands it to a submittable: a stream with its one data listener, and `query`. */
const connection = () => {
  const stream = new EventEmitter();
  const seen: Buffer[] = [];
  stream.on('data', (piece: Buffer) => seen.push(Buffer.from(piece)));
  const sent: string[] = [];
  return { stream, seen, sent, query: (text: string) => sent.push(text) };
};

describe('CopyOutQuery', () => {
  const payloads = [Buffer.from('first row'), Buffer.alloc(300, 7), Buffer.from('last')];
  const after = Buffer.concat([message('C', Buffer.from('COPY 3\0')), message('Z', Buffer.from('I'))]);
  const reply = Buffer.concat([
    message('H', Buffer.from([1, 0, 0])),
    message('d', payloads[0]),
    message('N', Buffer.from('a notice')),
    message('d', payloads[1]),
    message('d', payloads[2]),
    message('c'),
    after,
  ]);

  it('hands over the COPY data as it arrives, cut anywhere, and gives the connection back with the bytes after CopyDone', async () => {
    for (let first = 0; first <= reply.length; first += 1)
      for (const second of [first, Math.min(reply.length, first + 3), Math.min(reply.length, first + 200)]) {
        const pushed: Buffer[] = [];
        const query = new CopyOutQuery('COPY (SELECT 1) TO STDOUT', (piece) => pushed.push(Buffer.from(piece)));
        const pg = connection();
        query.submit(pg);
        expect(pg.sent).toEqual(['COPY (SELECT 1) TO STDOUT']);
        for (const piece of [reply.subarray(0, first), reply.subarray(first, second), reply.subarray(second)]) if (piece.length) pg.stream.emit('data', piece);
        expect(Buffer.concat(pushed)).toEqual(Buffer.concat(payloads));
        expect(Buffer.concat(pg.seen)).toEqual(after);
        expect(pg.stream.listeners('data').length).toBe(1);
        query.handleCommandComplete();
        query.handleReadyForQuery();
        await query.done;
      }
  });

  it('gives an ErrorResponse to node-postgres and fails with its error', async () => {
    const error = message('E', Buffer.from('SERROR\0Mno such table\0\0'));
    const pushed: Buffer[] = [];
    const query = new CopyOutQuery('COPY x TO STDOUT', (piece) => pushed.push(Buffer.from(piece)));
    const pg = connection();
    query.submit(pg);
    const data = Buffer.concat([message('H', Buffer.from([1, 0, 0])), message('d', Buffer.from('partial')), error, message('Z', Buffer.from('I'))]);
    pg.stream.emit('data', data.subarray(0, 20));
    pg.stream.emit('data', data.subarray(20));
    expect(Buffer.concat(pg.seen)).toEqual(Buffer.concat([error, message('Z', Buffer.from('I'))]));
    query.handleError(new Error('no such table'));
    await expect(query.done).rejects.toThrow(/no such table/);
  });

  it('reads to the end of the COPY when its consumer throws, then fails with that error', async () => {
    const query = new CopyOutQuery('COPY x TO STDOUT', () => {
      throw new Error('bad data');
    });
    const pg = connection();
    query.submit(pg);
    pg.stream.emit('data', reply);
    expect(Buffer.concat(pg.seen)).toEqual(after);
    query.handleReadyForQuery();
    await expect(query.done).rejects.toThrow(/bad data/);
  });
});
