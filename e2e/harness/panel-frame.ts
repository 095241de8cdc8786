import { centreOf, INSTALL_DEEP_QUERY, isPanelFrameUrl, panelFrameOffset } from './deep';

/** What Playwright's and Puppeteer's pages and frames both offer. */
interface Realm {
  evaluate(fn: never, arg?: never): Promise<unknown>;
}
interface FrameLike extends Realm {
  url(): string;
}

type Point = { x: number; y: number } | undefined;

/** Our panel's frame among a page's frames, with the deep query helpers installed (init scripts skip extension frames). */
export async function findPanelFrame<F extends FrameLike>(frames: F[]): Promise<F | undefined> {
  const frame = frames.find((candidate) => isPanelFrameUrl(candidate.url()));
  await frame?.evaluate(INSTALL_DEEP_QUERY as never);
  return frame;
}

const evaluate = <T>(realm: Realm, fn: unknown, arg?: unknown) => realm.evaluate(fn as never, arg as never) as Promise<T>;

/** Where to click for the first element the deep selector (and text) finds: in the page, else in our panel's frame. */
export async function clickPoint(page: Realm, frame: () => Promise<Realm | undefined>, selector: string, text?: string): Promise<{ x: number; y: number }> {
  const inPage = await evaluate<Point>(page, centreOf, [selector, text]);
  if (inPage) return inPage;
  const panel = await frame();
  const inFrame = panel && (await evaluate<Point>(panel, centreOf, [selector, text]));
  const offset = inFrame && (await evaluate<Point>(page, panelFrameOffset));
  if (!inFrame || !offset) throw new Error(`Nothing matches ${selector} ${text ?? ''}`);
  return { x: offset.x + inFrame.x, y: offset.y + inFrame.y };
}

export function inPanel<T>(page: Realm, frame: Realm | undefined, fn: unknown, arg?: unknown): Promise<T> {
  return evaluate<T>(frame ?? page, fn, arg);
}
