import { until } from '../e2e/harness/poll';
import { EDITOR, PANEL } from '../e2e/harness/steps';
import type { TestPage } from '../e2e/harness/types';

/**
 * Timing in the page and in our panel's frame, on one clock (each realm's performance.timeOrigin plus its
 * performance.now(), as the two realms' own clocks start apart): a MutationObserver on the document and on
 * every open shadow root (LinkedIn's classic composer lives in one) notes when a named condition first
 * holds (or that it held already when watching began), and a capture listener notes each trusted click's
 * event time. Plain source text, as the harness's deep query is, because transpiled functions do not run in a page.
 */
export type MarkName = 'editor' | 'host' | 'offer' | 'attached';

const INSTALL_MARKS = `
(function (names) {
  var probes = {
    editor: function (root) { return !!root.querySelector(${JSON.stringify(EDITOR)}); },
    host: function (root) { return !!root.querySelector(${JSON.stringify(PANEL)}); },
    offer: function (root) {
      return Array.from(root.querySelectorAll('button')).some(function (b) { return (b.textContent || '').trim() === 'Add to post'; });
    },
    attached: function () { return !!window.__composerState && window.__composerState().media.length > 0; }
  };
  window.__benchMarks = {};
  window.__benchClicks = [];
  if (!window.__benchClickListener) {
    window.__benchClickListener = function (event) { if (event.isTrusted) window.__benchClicks.push(performance.timeOrigin + event.timeStamp); };
    window.addEventListener('click', window.__benchClickListener, true);
  }
  var roots = [document].concat(window.__deep('*').filter(function (e) { return e.shadowRoot; }).map(function (e) { return e.shadowRoot; }));
  var check = function () {
    var now = performance.timeOrigin + performance.now();
    names.forEach(function (name) {
      if (window.__benchMarks[name] === undefined && roots.some(probes[name])) window.__benchMarks[name] = now;
    });
  };
  var observer = new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.shadowRoot && roots.indexOf(node.shadowRoot) < 0) { roots.push(node.shadowRoot); observer.observe(node.shadowRoot, options); }
      });
    });
    check();
  });
  var options = { childList: true, subtree: true, attributes: true, characterData: true };
  roots.forEach(function (root) { observer.observe(root, options); });
  if (window.__benchObserver) window.__benchObserver.disconnect();
  window.__benchObserver = observer;
  check();
})`;

interface MarksWindow {
  __benchMarks?: Partial<Record<MarkName, number>>;
  __benchClicks?: number[];
}

type Realm = TestPage['evaluate'];
/** The page, and our panel's frame (where no panel is framed yet, the page again, which is harmless). */
const realms = (page: TestPage): Realm[] => [page.evaluate.bind(page), page.evaluateInPanel.bind(page)];

/** Starts noting `names` (and trusted clicks) afresh, in the page and in the panel's frame. */
export async function watchMarks(page: TestPage, names: MarkName[]): Promise<void> {
  for (const evaluate of realms(page)) await evaluate((source) => void (0, eval)(source), `${INSTALL_MARKS}(${JSON.stringify(names)})`);
}

/** The time at which `name` first held in either realm, waiting for it. */
export function markTime(page: TestPage, name: MarkName, timeoutMs = 30_000): Promise<number> {
  const earliest = async () => {
    const times = await Promise.all(realms(page).map((evaluate) => evaluate((n) => (window as unknown as MarksWindow).__benchMarks?.[n] ?? -1, name)));
    const held = times.filter((time) => time >= 0);
    return held.length > 0 ? Math.min(...held) : -1;
  };
  return until(earliest, (time) => time >= 0, `the mark ${name}`, timeoutMs);
}

/** Times of the trusted clicks since watchMarks, in the page and in the panel's frame, in order. */
export async function clickTimes(page: TestPage): Promise<number[]> {
  const clicks = await Promise.all(realms(page).map((evaluate) => evaluate(() => (window as unknown as MarksWindow).__benchClicks ?? [])));
  return [...new Set(clicks.flat())].sort((a, b) => a - b);
}
