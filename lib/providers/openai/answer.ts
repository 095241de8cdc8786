import { APIError } from 'openai';
import { badResponse } from './images';

/**
 * OpenAI's answers to an image call, read defensively from their text: JSON in one piece, or server-sent events
 * when streamed. Whatever else arrives (an empty body, a proxy's HTML page, a gateway's JSON) is told for what it is.
 */

export const EMPTY_ANSWER = 'OpenAI sent an empty answer. Try again.';
export const NOT_OPENAI =
  'Something between Post to Image and OpenAI (a proxy or gateway) answered instead of OpenAI: check the connection and the endpoint in the options, then try again.';

/** The base64 images of a one-piece answer (`data[].b64_json`). */
export function imagesOfJson(text: string): unknown[] {
  if (text.trim() === '') throw badResponse(EMPTY_ANSWER);
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    // A cut-off JSON answer starts like OpenAI's; anything else came from something else.
    throw text.trimStart().startsWith('{') ? badResponse() : badResponse(NOT_OPENAI);
  }
  if (typeof answer !== 'object' || answer === null) throw badResponse(NOT_OPENAI);
  const { data, error } = answer as { data?: unknown; error?: unknown };
  if (error !== undefined) throw new APIError(undefined, error as object, undefined, undefined);
  if (!Array.isArray(data)) throw badResponse(NOT_OPENAI);
  if (data.length === 0) throw badResponse('OpenAI answered without an image. Try again.');
  return data.map((image) => (image as { b64_json?: unknown } | null)?.b64_json);
}

export interface StreamEvent {
  type?: unknown;
  b64_json?: unknown;
}

/** Splits server-sent events off the front of a growing text: hand it each new chunk, get the events it completed. */
export function sseSplitter(): (chunk: string) => StreamEvent[] {
  let pending = '';
  return (chunk) => {
    pending += chunk.replace(/\r\n?/g, '\n');
    const blocks = pending.split('\n\n');
    pending = blocks.pop() ?? '';
    return blocks.flatMap((block) => eventOf(block));
  };
}

function eventOf(block: string): StreamEvent[] {
  const lines = block.split('\n');
  const name = lines.find((line) => line.startsWith('event:'))?.slice(6).trim();
  const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trimStart()).join('\n');
  if (data === '' || data === '[DONE]') return [];
  let event: unknown;
  try {
    event = JSON.parse(data);
  } catch {
    throw badResponse();
  }
  // An error inside a stream comes without a status, as the SDK reports it.
  const error = (event as { error?: unknown } | null)?.error;
  if (name === 'error' || error !== undefined) throw new APIError(undefined, (error ?? event) as object, undefined, undefined);
  return typeof event === 'object' && event !== null ? [event as StreamEvent] : [];
}

/** The completed images of a whole streamed answer (previews left out). */
export function imagesOfStream(text: string): unknown[] {
  if (text.trim() === '') throw badResponse(EMPTY_ANSWER);
  if (text.trimStart().startsWith('<')) throw badResponse(NOT_OPENAI);
  const events = sseSplitter()(`${text}\n\n`);
  return events.filter((event) => event.type === 'image_generation.completed').map((event) => event.b64_json);
}

/**
 * Whether OpenAI (or the SDK before sending) refused the call, so it was not billed. A gateway's 502 or 504 may
 * have passed the call on before failing, and a dropped connection or a timeout leaves it unknown.
 */
export function refusedByOpenAI(error: unknown): boolean {
  return error instanceof APIError && error.status !== undefined && error.status !== 502 && error.status !== 504;
}
