import type { Page } from 'playwright-core';

/** The extension's name: Chromium names a content script's isolated world after it. */
const EXTENSION_NAME = 'Post to Image';

/**
 * Evaluates an expression in our content script's own (isolated) world of a Chromium tab, over CDP:
 * what a bug in, or an attack on, the content script could reach. Answers its value as JSON.
 */
export async function evaluateInContentScriptWorld(tab: Page, expression: string): Promise<unknown> {
  const session = await tab.context().newCDPSession(tab);
  try {
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await session.send('Runtime.enable'); // reports the contexts that exist already
    const world = worlds.find((context) => context.auxData?.type === 'isolated' && context.name === EXTENSION_NAME);
    if (!world) throw new Error(`No ${EXTENSION_NAME} content script world in ${tab.url()}`);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await session.detach();
  }
}
