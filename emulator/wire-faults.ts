import type { ServerResponse } from 'node:http';
import { send, sendHalf } from './http';
import type { EmulatorResponse, FaultKind } from './types';

/**
 * Faults of the wire rather than of a service, for any service (knobs: {service, error: <name>}): what a
 * gateway, a load balancer or a dropped connection sends in the service's place.
 */

/** API Gateway's and many proxies' own 429: JSON, but not the service's error shape. */
const GATEWAY_THROTTLED: EmulatorResponse = {
  status: 429,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ message: 'Too Many Requests' }),
};

/** A load balancer's 502 page. */
const GATEWAY_HTML: EmulatorResponse = {
  status: 502,
  headers: { 'content-type': 'text/html' },
  body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
};

/** Answers a fault that replaces the service's answer, or undefined for faults the service answers itself. */
export function wireFaultResponse(fault: FaultKind): EmulatorResponse | undefined {
  if (fault === 'gateway_throttled') return GATEWAY_THROTTLED;
  if (fault === 'gateway_html') return GATEWAY_HTML;
  if (fault === 'malformed') return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"truncated": ' };
  return undefined;
}

/** Faults that change how the service's own answer travels: cut half way, or emptied. */
export const ANSWER_FAULTS: ReadonlySet<FaultKind> = new Set(['cut_body', 'empty_body']);

/**
 * Sends the service's answer as `fault` says: `cut_body` promises the whole length, sends half and drops the
 * connection; `empty_body` answers 200 with nothing.
 */
export function sendWithFault(outgoing: ServerResponse, response: EmulatorResponse, fault: FaultKind): void {
  if (fault === 'empty_body') send(outgoing, { status: 200, headers: withoutLength(response.headers), body: '' });
  else sendHalf(outgoing, response);
}

function withoutLength(headers: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'));
}
