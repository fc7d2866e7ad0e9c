import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { ErrorCode } from '@kildesvar/core/errors';
import { KildesvarError } from '@kildesvar/core/errors';
import { toErrorBody } from '../error-handler';

/**
 * Node's HTTP parser rejects malformed requests before any route runs; by default it answers with
 * an empty 400. This answers with the contract's JSON error instead, then closes the connection.
 */
const statusFor = (code: string | undefined): [number, ErrorCode, string] => {
  if (code === 'HPE_HEADER_OVERFLOW') return [431, 'headers_too_large', 'The request headers are too large.'];
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'request_timeout', 'The request took too long to arrive.'];
  return [400, 'bad_request', 'The request is not valid HTTP.'];
};

export const clientErrorResponse = (errorCode: string | undefined): string => {
  const [status, code, message] = statusFor(errorCode);
  const body = JSON.stringify(errorBodyOf(code, message));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
};

export const handleClientError =
  (onMalformed: () => void = () => {}) =>
  (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    onMalformed();
    socket.end(clientErrorResponse(error.code));
  };

/** The contract's error body for a code and message. */
const errorBodyOf = (code: ConstructorParameters<typeof KildesvarError>[0], message: string) => toErrorBody(new KildesvarError(code, message)).body;
