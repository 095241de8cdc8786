import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { bedrock } from './bedrock';
import { comprehend } from './comprehend';
import { jsonResponse, preflight, readRequest, send } from './http';
import { applyKnobUpdate, createKnobs, resetState, takeFault, todayOf } from './knobs';
import { openai } from './openai';
import { s3 } from './s3';
import type { AwsCredentialPair, EmulatorRequest, EmulatorResponse, FaultKind, Knobs, RequestLog, ServiceContext, ServiceModule } from './types';
import { ANSWER_FAULTS, sendWithFault, wireFaultResponse } from './wire-faults';

/**
 * One local HTTP server standing in for the project's cloud services. Requests are routed by shape to the
 * first service module that claims them; bedrock, s3 and openai modules join SERVICES as they are written.
 */
export const SERVICES: readonly ServiceModule[] = [comprehend, s3, bedrock, openai];

/** Fake AWS keys the emulator accepts unless told otherwise (the CLI prints them). */
export const DEFAULT_CREDENTIALS: readonly AwsCredentialPair[] = [
  { accessKeyId: 'AKIDEXAMPLEPOSTTOIMG', secretAccessKey: 'emulatorSecretKeyPostToImage/NotARealKey1' },
];

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  credentials?: AwsCredentialPair[];
  openaiKeys?: string[];
}

export interface RunningEmulator {
  url: string;
  port: number;
  /** Live: change latencyMs or push faults at any time. */
  knobs: Knobs;
  /** Live: one entry per service call, in arrival order. */
  log: RequestLog[];
  /** No latency, no faults, an empty log (as POST /__emulator/reset). */
  reset(): void;
  /** The service calls whose connection is still open (a client that gave up has closed its own). */
  openCalls(): RequestLog[];
  close(): Promise<void>;
}

interface State {
  knobs: Knobs;
  log: RequestLog[];
  credentials: readonly AwsCredentialPair[];
  openaiKeys: readonly string[];
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const state: State = {
    knobs: createKnobs(),
    log: [],
    credentials: options.credentials ?? DEFAULT_CREDENTIALS,
    openaiKeys: options.openaiKeys ?? [],
  };
  const server = createServer((incoming, outgoing) => {
    answer(incoming, outgoing, state).catch((error: unknown) => {
      console.error('emulator: request failed', error);
      if (!outgoing.headersSent) send(outgoing, jsonResponse(500, { message: 'The emulator failed on this request.' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    knobs: state.knobs,
    log: state.log,
    reset: () => resetState(state.knobs, state.log),
    openCalls: () => state.log.filter((entry) => entry.endedAt === undefined),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Calls held open by a 'timeout' fault would otherwise keep the server alive.
        server.closeAllConnections();
      }),
  };
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, state: State): Promise<void> {
  const request = await readRequest(incoming);
  if (request.method === 'OPTIONS') return send(outgoing, preflight(request));
  if (request.path.startsWith('/__emulator/')) return send(outgoing, control(request, state));
  const service = SERVICES.find((candidate) => candidate.matches(request));
  if (!service) return send(outgoing, jsonResponse(404, { message: `No emulated service answers ${request.method} ${request.path}.` }));

  const operation = service.operationOf(request);
  const entry: RequestLog = { service: service.name, operation, status: 0, startedAt: now() };
  state.log.push(entry);
  outgoing.on('close', () => {
    entry.endedAt ??= now();
  });
  await sleep(state.knobs.latencyMs);

  const context: ServiceContext = { request, operation, credentials: state.credentials, openaiKeys: state.openaiKeys, today: todayOf(state.knobs) };
  const rejected = await service.authenticate(context);
  const fault = rejected ? undefined : takeFault(state.knobs, service.name, operation);
  if (fault) entry.fault = fault;
  if (fault === 'timeout') return; // never answered: the client's own timeout must give up
  const onAnswer = fault && ANSWER_FAULTS.has(fault) ? fault : undefined;
  const response = rejected ?? (fault && !onAnswer ? faultResponse(service, fault, operation) : await service.handle(context));
  entry.status = response.status;
  if (response.errorCode) entry.errorCode = response.errorCode;
  if (onAnswer) sendWithFault(outgoing, response, onAnswer);
  else send(outgoing, response);
}

function faultResponse(service: ServiceModule, fault: FaultKind, operation: string): EmulatorResponse {
  return wireFaultResponse(fault) ?? service.errorResponse(fault, operation);
}

/** The test and demo controls under /__emulator/. */
function control(request: EmulatorRequest, state: State): EmulatorResponse {
  const route = `${request.method} ${request.path}`;
  switch (route) {
    case 'GET /__emulator/log':
      return jsonResponse(200, state.log);
    case 'GET /__emulator/knobs':
      return jsonResponse(200, state.knobs);
    case 'POST /__emulator/knobs':
      try {
        applyKnobUpdate(state.knobs, JSON.parse(new TextDecoder().decode(request.body)));
        return jsonResponse(200, state.knobs);
      } catch (error) {
        return jsonResponse(400, { message: error instanceof Error ? error.message : 'Bad knob update.' });
      }
    case 'POST /__emulator/reset':
      resetState(state.knobs, state.log);
      return { status: 204 };
    default:
      return jsonResponse(404, { message: `No emulator control at ${route}.` });
  }
}

/** Epoch milliseconds with sub-millisecond precision. */
function now(): number {
  return performance.timeOrigin + performance.now();
}
