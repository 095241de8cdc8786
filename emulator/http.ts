import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorRequest, EmulatorResponse } from './types';

/** Node HTTP plumbing for the emulator: reading whole requests, writing responses with CORS. */

export async function readRequest(incoming: IncomingMessage): Promise<EmulatorRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = incoming.url ?? '/';
  const queryStart = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return {
    method: incoming.method ?? 'GET',
    path: queryStart < 0 ? url : url.slice(0, queryStart),
    query: new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1)),
    headers,
    body: new Uint8Array(Buffer.concat(chunks)),
  };
}

export function send(outgoing: ServerResponse, response: EmulatorResponse): void {
  outgoing.writeHead(response.status, { ...CORS_HEADERS, ...response.headers });
  outgoing.end(response.body);
}

/** Promises the whole body's length, sends its first half, then drops the connection. */
export function sendHalf(outgoing: ServerResponse, response: EmulatorResponse): void {
  const body = Buffer.from(response.body ?? '');
  outgoing.writeHead(response.status, { ...CORS_HEADERS, ...response.headers, 'content-length': String(body.length) });
  outgoing.write(body.subarray(0, Math.floor(body.length / 2)), () => outgoing.destroy());
}

export function jsonResponse(status: number, value: unknown): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

// Extension pages, service workers and content scripts may all call the emulator, from any origin.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'x-amzn-requestid, x-amzn-errortype, x-amz-request-id, x-amz-id-2, etag, x-request-id, retry-after, retry-after-ms, x-should-retry',
};

/** A permissive preflight answer. The wildcard never covers Authorization, so the asked-for headers are echoed. */
export function preflight(request: EmulatorRequest): EmulatorResponse {
  return {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
      'access-control-max-age': '600',
      // Chrome's Private Network Access asks before a public context may reach 127.0.0.1.
      ...(request.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
    },
  };
}
