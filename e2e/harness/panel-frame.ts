import { centreOf, INSTALL_DEEP_QUERY, isPanelFrameUrl, panelFrameOffset } from './deep';
import { until } from './poll';

/** What Playwright's and Puppeteer's pages and frames both offer. */
interface Realm {
  evaluate(fn: never, arg?: never): Promise<unknown>;
}
interface FrameLike extends Realm {
  url(): string;
}

type Point = { x: number; y: number } | undefined;
type Box = { x: number; y: number; width: number; height: number };

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
  if (!panel || !(await evaluate<Point>(panel, centreOf, [selector, text]))) throw new Error(`Nothing matches ${selector} ${text ?? ''}`);
  // The host resizes the frame a moment after the panel grows, and the page may scroll after it: click once
  // the element is inside the frame and its point on the page held still between two reads.
  let last: string | undefined;
  const { point } = await until(
    async () => {
      const [inFrame, box] = [await evaluate<Point>(panel, centreOf, [selector, text]), await evaluate<Box | undefined>(page, panelFrameOffset)];
      const inside = !!inFrame && !!box && inFrame.x < box.width && inFrame.y < box.height;
      const point = inside ? { x: box.x + inFrame.x, y: box.y + inFrame.y } : undefined;
      const previous = last;
      last = JSON.stringify(point);
      return { point, still: point !== undefined && previous === last };
    },
    ({ still }) => still,
    `${selector} ${text ?? ''} inside the panel's frame, holding still`,
  );
  return point!;
}

export function inPanel<T>(page: Realm, frame: Realm | undefined, fn: unknown, arg?: unknown): Promise<T> {
  return evaluate<T>(frame ?? page, fn, arg);
}
