import { composerRoots, findComposers, type Composer } from './composer';

/** Batches DOM changes: LinkedIn's feed mutates constantly, the composer check should run rarely. */
const SCAN_DELAY_MS = 16;

/**
 * Calls `onComposers` whenever the set of open composers may have changed: the dialog mounting late,
 * its placeholder being replaced, close and reopen, SPA re-renders. Watches the document and the open
 * shadow roots the classic composer lives in.
 */
export function watchComposers(doc: Document, onComposers: (composers: Composer[]) => void, signal: AbortSignal): void {
  const observed = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    timer = undefined;
    for (const root of composerRoots(doc)) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    }
    onComposers(findComposers(doc));
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(scan, SCAN_DELAY_MS);
  });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  scan();
}
