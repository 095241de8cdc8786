import { browser } from 'wxt/browser';

/** Chrome stops an idle MV3 worker after 30 s; an extension API call every 20 s keeps it running. */
const PING_INTERVAL_MS = 20_000;

let holders = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Keeps the worker alive until the returned function is called (counted, so jobs can overlap). */
export function keepWorkerAlive(): () => void {
  holders += 1;
  timer ??= setInterval(() => void browser.runtime.getPlatformInfo(), PING_INTERVAL_MS);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
