import { fields } from './model';

/**
 * Nova 2 Omni through Bedrock's Converse API (POST /model/{id}/converse): a chat model that may answer
 * with an image block. The size is asked for in words ("dimensions 1280x720"), in the system prompt or
 * the user's text; without one the emulator draws 1024x1024 (the real default is UNCONFIRMED). A prompt
 * with "forbidden" is stopped by the content filter with HTTP 200 and `stopReason: content_filtered`,
 * as Nova answers through Converse (providers-2026-12.md §1.4).
 */

export interface ConverseRequest {
  prompt: string;
  width: number;
  height: number;
}

const SIZE_IN_WORDS = /(\d{3,4})\s*[x×]\s*(\d{3,4})/;
const DEFAULT_SIDE = 1024;
const FILTERED_TEXT = 'The generated text has been blocked by our content filters.';
/** What the model says when it answers in words only (the `text-only` fault). */
const TEXT_ONLY = 'I can describe that scene, but I will not draw it. Picture a quiet harbour at dawn.';

/** The request's prompt and size, or a ValidationException message. */
export function readConverse(body: unknown): ConverseRequest | string {
  const messages = fields(body).messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'The model returned the following errors: messages: must not be empty';
  const texts = (blocks: unknown) => (Array.isArray(blocks) ? blocks.map((block) => fields(block).text).filter((text) => typeof text === 'string') : []);
  const user = messages.filter((message) => fields(message).role === 'user').flatMap((message) => texts(fields(message).content));
  if (user.length === 0) return 'A conversation must start with a user message. Try again with a conversation that starts with a user message.';
  const system = texts(fields(body).system);
  const size = SIZE_IN_WORDS.exec([...system, ...user].join('\n'));
  const [width, height] = size ? [Number(size[1]), Number(size[2])] : [DEFAULT_SIDE, DEFAULT_SIDE];
  return { prompt: user.join('\n'), width, height };
}

function answer(content: unknown[], stopReason: string, outputTokens: number) {
  return {
    output: { message: { role: 'assistant', content } },
    stopReason,
    usage: { inputTokens: 120, outputTokens, totalTokens: 120 + outputTokens },
    metrics: { latencyMs: 1 },
  };
}

/** An image block carries its bytes base64-encoded on the wire; the SDK hands them over as a Uint8Array. */
export function imageAnswer(pngBase64: string) {
  return answer([{ image: { format: 'png', source: { bytes: pngBase64 } } }], 'end_turn', 1_600);
}

export function filteredAnswer() {
  return answer([{ text: FILTERED_TEXT }], 'content_filtered', 12);
}

export function textOnlyAnswer() {
  return answer([{ text: TEXT_ONLY }], 'end_turn', 24);
}
