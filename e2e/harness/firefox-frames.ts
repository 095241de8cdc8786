import type { Page } from 'puppeteer-core';
import { isPanelFrameUrl } from './deep';

/**
 * Puppeteer lists no extension frames inside a web page in Firefox, but WebDriver BiDi does: our
 * panel's frame is reached through Puppeteer's own BiDi session. These are puppeteer-core's internals
 * (pinned at 24.43.1 in package.json).
 */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
type BidiResult = { contexts?: BidiContext[]; type?: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } };
type BidiContext = { context: string; url: string; children: BidiContext[] | null };

function sessionOf(page: Page): { session: BidiSession; context: string } {
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: BidiSession } } } }).browsingContext;
  return { session: context.userContext.browser.session, context: context.id };
}

const flatten = (contexts: BidiContext[]): BidiContext[] => contexts.flatMap((each) => [each, ...flatten(each.children ?? [])]);

/** The panel frame as something to evaluate in: functions get their argument and give their result through JSON. */
export async function bidiPanelFrame(page: Page): Promise<{ url(): string; evaluate(fn: never, arg?: never): Promise<unknown> } | undefined> {
  const { session, context } = sessionOf(page);
  const { result } = await session.send('browsingContext.getTree', { root: context });
  const frame = flatten(result.contexts ?? []).find((each) => isPanelFrameUrl(each.url));
  if (!frame) return undefined;
  return {
    url: () => frame.url,
    async evaluate(fn: unknown, arg?: unknown) {
      const source = typeof fn === 'string' ? `() => { ${fn} }` : String(fn);
      const { result: answer } = await session.send('script.callFunction', {
        functionDeclaration: `async (json) => JSON.stringify(await (${source})(json === undefined ? undefined : JSON.parse(json)))`,
        arguments: arg === undefined ? [] : [{ type: 'string', value: JSON.stringify(arg) }],
        target: { context: frame.context },
        awaitPromise: true,
      });
      if (answer.type === 'exception') throw new Error(`In the panel: ${answer.exceptionDetails?.text}`);
      const value = answer.result?.value;
      return typeof value === 'string' ? JSON.parse(value) : undefined;
    },
  };
}
