import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { readySource } from '../assistant-source';
import { createFakeAssistant } from '../fake-assistant';
import { handleClientError } from './client-error';

/** Requests Node's HTTP parser rejects get the contract's JSON error, not an empty body. */
let server: Server;
let port = 0;

const rawRequest = (bytes: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });

const parse = (answer: string) => {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) as unknown };
};

beforeAll(async () => {
  server = serve({ fetch: createApp({ source: readySource(createFakeAssistant()) }).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  server.on('clientError', handleClientError());
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('malformed HTTP', () => {
  it('answers a broken request line with 400 and a JSON error', async () => {
    const answer = parse(await rawRequest('GARBAGE\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.head).toMatch(/content-type: application\/json/i);
    expect(answer.body).toEqual({ error: { code: 'bad_request', message: 'The request is not valid HTTP.' } });
  });

  it('answers an invalid header line with 400 and a JSON error', async () => {
    const answer = parse(await rawRequest('GET /api/health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers oversized headers with 431 and a JSON error', async () => {
    const answer = parse(await rawRequest(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(answer.status).toBe(431);
    expect(answer.body).toMatchObject({ error: { code: 'headers_too_large' } });
  });
});
