import type { Pool } from 'pg';
import { KildesvarError } from '../../errors';

/**
 * `COPY … TO STDOUT` on a node-postgres client, its data handed over as it arrives on the socket:
 * each CopyData message's payload goes to `push` as views of the socket's own pieces, never copied
 * or joined. node-postgres's parser gathers a message that spans socket reads into a buffer that
 * doubles until it fits (a 600 KB posting row: 128 KiB, 256 KiB, 512 KiB, 1 MiB, each copied), and
 * pg-copy-streams joins what one read held into a zero-filled buffer; at 100× a search fetches ~8 MB
 * of postings, so both left megabytes of garbage per search. This is a node-postgres "submittable"
 * (as pg-copy-streams is): while the COPY runs it takes the connection's data listener over, and
 * gives it back, with the bytes after CopyDone (CommandComplete, ReadyForQuery) or from an
 * ErrorResponse on, for node-postgres to finish the query as usual.
 */

interface PgConnection {
  stream: NodeJS.EventEmitter;
  query(text: string): void;
}

const copyOutResponse = 0x48; // 'H'
const copyData = 0x64; // 'd'
const copyDone = 0x63; // 'c'
const notice = 0x4e; // 'N'
const parameterStatus = 0x53; // 'S'

export class CopyOutQuery {
  readonly done: Promise<void>;
  private settle: (error?: unknown) => void = () => undefined;
  private stream: NodeJS.EventEmitter | undefined;
  private pgData: ((piece: Buffer) => void) | undefined;
  /** Bytes of a message header (code, length) not yet complete. */
  private header = Buffer.alloc(0);
  private code = 0;
  private left = 0;
  private failure: unknown;

  constructor(
    readonly text: string,
    private readonly push: (piece: Uint8Array) => void,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      let settled = false;
      this.settle = (error) => {
        if (settled) return;
        settled = true;
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new KildesvarError('internal', String(error)));
      };
    });
  }

  /** Called by node-postgres when the query's turn comes on its connection. */
  submit(connection: PgConnection): void {
    const stream = connection.stream;
    const listeners = stream.listeners('data') as Array<(piece: Buffer) => void>;
    const pgData = listeners[0];
    if (listeners.length !== 1 || !pgData) throw new KildesvarError('internal', 'A node-postgres connection has one data listener.');
    this.stream = stream;
    this.pgData = pgData;
    stream.removeListener('data', pgData);
    stream.on('data', this.onData);
    connection.query(this.text);
  }

  private readonly onData = (piece: Buffer): void => {
    let at = 0;
    while (at < piece.length) {
      if (this.left === 0) {
        const wanted = 5 - this.header.length;
        this.header = Buffer.concat([this.header, piece.subarray(at, at + wanted)]);
        at += Math.min(wanted, piece.length - at);
        if (this.header.length < 5) return;
        this.code = this.header[0] ?? 0;
        this.left = this.header.readUInt32BE(1) - 4;
        const header = this.header;
        this.header = Buffer.alloc(0);
        if (this.code !== copyOutResponse && this.code !== copyData && this.code !== copyDone && this.code !== notice && this.code !== parameterStatus) {
          // An ErrorResponse (or anything else): node-postgres reads it from its header on.
          this.left = 0;
          this.detach(Buffer.concat([header, piece.subarray(at)]));
          return;
        }
      }
      const size = Math.min(this.left, piece.length - at);
      if (this.code === copyData && this.failure === undefined) {
        try {
          this.push(piece.subarray(at, at + size));
        } catch (error) {
          // Keep reading to the end of the COPY, so the connection stays usable; report this at the end.
          this.failure = error;
        }
      }
      at += size;
      this.left -= size;
      if (this.left === 0 && this.code === copyDone) {
        this.detach(piece.subarray(at));
        return;
      }
    }
  };

  private detach(rest: Buffer): void {
    const { stream, pgData } = this;
    if (!stream || !pgData) return;
    stream.removeListener('data', this.onData);
    stream.on('data', pgData);
    if (rest.length > 0) pgData(rest);
  }

  handleCommandComplete(): void {}

  /** Any other reply (rows, an empty query, COPY FROM) is not what this query asked for. */
  private unexpected(): void {
    this.failure ??= new KildesvarError('internal', 'The database did not answer with COPY data.');
  }

  handleRowDescription(): void {
    this.unexpected();
  }

  handleDataRow(): void {
    this.unexpected();
  }

  handleEmptyQuery(): void {
    this.unexpected();
  }

  handleError(error: unknown): void {
    this.settle(error ?? new KildesvarError('internal', 'The COPY failed.'));
  }

  handleReadyForQuery(): void {
    this.settle(this.failure);
  }
}

/**
 * Runs `COPY … TO STDOUT` on a client of the pool, handing each piece to `push`; a client whose COPY failed is released
 * as broken (the connection may be mid-message), a client whose COPY ended is returned to the pool.
 */
export const copyOut = async (pool: Pool, sql: string, push: (piece: Uint8Array) => void): Promise<void> => {
  const client = await pool.connect();
  try {
    await client.query(new CopyOutQuery(sql, push)).done;
  } catch (error) {
    client.release(error instanceof Error ? error : true);
    throw error;
  }
  client.release();
};
