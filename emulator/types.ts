/** Shapes shared by the emulator's server and its service modules. */

export interface AwsCredentialPair {
  accessKeyId: string;
  secretAccessKey: string;
}

/** An incoming request, read fully, with lower-case header names. */
export interface EmulatorRequest {
  method: string;
  /** The path exactly as it came on the wire (still percent-encoded), without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** The error code this response carries, for the request log (not sent). */
  errorCode?: string;
}

/** What a service module gets to answer one call. */
export interface ServiceContext {
  request: EmulatorRequest;
  operation: string;
  /** The access key IDs and secrets the emulator accepts. */
  credentials: readonly AwsCredentialPair[];
  openaiKeys: readonly string[];
  /** The day the call is answered on, YYYY-MM-DD (UTC): models shut down by then are refused. */
  today: string;
}

/**
 * One emulated cloud service. The server tries each module's `matches` in turn, so a module must only
 * claim requests whose shape is unmistakably its own (a target header, a path prefix).
 */
export interface ServiceModule {
  readonly name: string;
  matches(request: EmulatorRequest): boolean;
  /** The operation a request asks for: for the log and for matching injected faults. */
  operationOf(request: EmulatorRequest): string;
  /** An error response when the caller is not who it claims to be, or undefined to go on. */
  authenticate(context: ServiceContext): Promise<EmulatorResponse | undefined>;
  handle(context: ServiceContext): Promise<EmulatorResponse>;
  /** The service's own wire form of a named error, as `operation` would fail with it (injected faults use it). */
  errorResponse(code: string, operation: string): EmulatorResponse;
}

/**
 * 'timeout' never answers; 'malformed' answers 200 with a body the client cannot parse; 'gateway_throttled',
 * 'gateway_html', 'cut_body' and 'empty_body' are the wire's faults (wire-faults.ts); anything else is an error code.
 */
export type FaultKind = 'timeout' | 'malformed' | (string & {});

export interface Fault {
  service: string;
  /** Omitted: any operation of the service. */
  operation?: string;
  error: FaultKind;
  /** How many calls the fault hits before it is used up (default 1). */
  times?: number;
}

export interface Knobs {
  /** Added before every service call is answered. */
  latencyMs: number;
  /** Consumed in order: the first fault matching a call hits it. */
  faults: Fault[];
  /** Pins "today" (YYYY-MM-DD) for the models' lifecycles; undefined follows the clock. */
  today?: string;
}

export interface RequestLog {
  service: string;
  operation: string;
  status: number;
  /** The error code answered, if any (from the service or an injected fault). */
  errorCode?: string;
  fault?: FaultKind;
  /** Epoch milliseconds with sub-millisecond precision, so overlapping calls can be told apart. */
  startedAt: number;
  /** Undefined while the call is still open (a 'timeout' fault). */
  endedAt?: number;
}
