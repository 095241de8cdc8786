import { composerRoots } from './composer';

/**
 * Resolves with the first defined value `probe` returns, re-checking on every DOM change in the
 * document and LinkedIn's shadow roots (and every 50 ms, for state no mutation announces), or with
 * undefined after `timeoutMs`.
 */
export function waitFor<T>(doc: Document, probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const first = probe();
    if (first !== undefined) return resolve(first);
    const finish = (value: T | undefined) => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(deadline);
      resolve(value);
    };
    const check = () => {
      const value = probe();
      if (value !== undefined) finish(value);
    };
    const observer = new MutationObserver(check);
    for (const root of composerRoots(doc)) observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const poll = setInterval(check, 50);
    const deadline = setTimeout(() => finish(undefined), timeoutMs);
  });
}
