import { findComposers } from './composer';
import { COMPOSER_LAUNCHER, HOST_TAG } from './selectors';
import { waitFor } from './wait';

const OPEN_TIMEOUT_MS = 5_000;
/** LinkedIn's own route that opens the member composer on load (SF 2026-09-29, X1). */
const SHARE_ACTIVE_ROUTE = '/feed/?shareActive=true';

/** What the shortcut did: focused the button, or started the page load that opens the composer (run it again after). */
export type ShortcutResult = 'focused' | 'navigating' | 'not-found';

function generateButton(doc: Document): HTMLButtonElement | undefined {
  return findComposers(doc).at(-1)?.dialog.querySelector(HOST_TAG)?.shadowRoot?.querySelector('button') ?? undefined;
}

/**
 * The keyboard shortcut: opens the composer if it is closed, then puts focus on Generate image. The 2026 launcher
 * is an `<a href="/preload/sharebox/">` whose handler ignores a script's click (X7, X21), so a link is followed
 * instead: its route opens the composer on load. Without any launcher, LinkedIn's shareActive route does.
 */
export function focusGenerateButton(doc: Document): ShortcutResult | Promise<ShortcutResult> {
  if (!findComposers(doc)[0]) {
    const launcher = doc.querySelector<HTMLElement>(COMPOSER_LAUNCHER);
    const route = launcher ? launcher.closest('a[href]')?.getAttribute('href') : SHARE_ACTIVE_ROUTE;
    if (route) {
      doc.defaultView?.location.assign(new URL(route, doc.baseURI).href);
      return 'navigating';
    }
    launcher?.click();
  }
  return waitFor(doc, () => generateButton(doc), OPEN_TIMEOUT_MS).then((button) => {
    button?.focus();
    return button ? 'focused' : 'not-found';
  });
}
