import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { MessageSender } from './guard';

/** A message as @webext-core/messaging's sendMessage sends it, with who sent it. */
export interface Received<Data> {
  type: string;
  data: Data;
  sender: MessageSender;
}

type Handler = (message: Received<unknown>) => unknown;

/** Said instead of an exception's text, which could carry a stack or a detail of the worker's. */
const NO_ANSWER = { message: 'Post to Image could not answer this request.' };

/**
 * Receives the protocol's messages in place of @webext-core/messaging's onMessage, which looks a type up
 * as `handlers[type]`: `__proto__` or `constructor` found Object's own and answered with a TypeError's
 * stack or an echo. Here names are own keys of a Map, unknown ones get no answer (another frame may
 * have one), and a throwing handler answers a fixed sentence, never its error.
 */
export function createListener<Protocol extends object>() {
  const handlers = new Map<string, Handler>();

  function dispatch(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: unknown; data?: unknown };
    const handler = typeof type === 'string' ? handlers.get(type) : undefined;
    if (!handler) return undefined;
    return (async () => {
      try {
        return { res: await handler({ type: type as string, data, sender }) };
      } catch {
        return { err: NO_ANSWER };
      }
    })();
  }

  return {
    dispatch,
    onMessage<K extends keyof Protocol & string>(
      type: K,
      handler: (message: Received<GetDataType<Protocol[K]>>) => GetReturnType<Protocol[K]> | Promise<GetReturnType<Protocol[K]>> | void,
    ): () => void {
      if (handlers.has(type)) throw new Error(`One listener per message: ${type}`);
      if (handlers.size === 0) browser.runtime.onMessage.addListener(dispatch as never);
      handlers.set(type, handler as Handler);
      return () => {
        handlers.delete(type);
        if (handlers.size === 0) browser.runtime.onMessage.removeListener(dispatch as never);
      };
    },
  };
}
