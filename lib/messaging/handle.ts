import * as v from 'valibot';
import { sentenceFor, UserFacingError } from '../errors';
import { senderKind, type MessageSender, type SenderKind } from './guard';
import { onMessage, type Outcome, type ProtocolMap } from './protocol';

type ValueOf<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]> extends Outcome<infer T> ? T : never;

const REFUSED: Outcome<never> = { ok: false, code: 'refused', sentence: 'Post to Image refused a malformed request.' };

/** Turns any failure into data the sender can show: one sentence and a code, no internals. */
export function failureOutcome(error: unknown): Outcome<never> {
  const code = error instanceof UserFacingError ? error.code : 'unexpected';
  if (code === 'unexpected') console.error('[post-to-image]', error instanceof Error ? error.name : typeof error);
  return { ok: false, code, sentence: sentenceFor(error) };
}

type Answer<K extends keyof ProtocolMap, S extends v.GenericSchema> = (data: v.InferOutput<S>, sender: MessageSender) => Promise<ValueOf<K>>;

/**
 * The background's answer to one message type: only from the expected senders, only with data that
 * matches the schema, and always an Outcome.
 */
export function answerer<K extends keyof ProtocolMap, S extends v.GenericSchema>(schema: S, allowed: SenderKind[], answer: Answer<K, S>) {
  return async (message: { data: unknown; sender: MessageSender }): Promise<Outcome<ValueOf<K>>> => {
    const kind = senderKind(message.sender);
    if (!kind || !allowed.includes(kind)) return REFUSED;
    const parsed = v.safeParse(schema, message.data);
    if (!parsed.success) return REFUSED;
    try {
      return { ok: true, value: await answer(parsed.output, message.sender) };
    } catch (error) {
      return failureOutcome(error);
    }
  };
}

export function handleMessage<K extends keyof ProtocolMap, S extends v.GenericSchema>(
  type: K,
  schema: S,
  allowed: SenderKind[],
  answer: Answer<K, S>,
): void {
  onMessage(type, answerer<K, S>(schema, allowed, answer) as never);
}
