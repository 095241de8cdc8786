import { findComposers } from './composer';
import { COMPOSER_LAUNCHER, HOST_TAG } from './selectors';
import { waitFor } from './wait';

const OPEN_TIMEOUT_MS = 5_000;

function generateButton(doc: Document): HTMLButtonElement | undefined {
  return findComposers(doc)[0]?.dialog.querySelector(HOST_TAG)?.shadowRoot?.querySelector('button') ?? undefined;
}

/** The keyboard shortcut: opens the composer if it is closed, then puts focus on Generate image. */
export async function focusGenerateButton(doc: Document): Promise<void> {
  if (!findComposers(doc)[0]) doc.querySelector<HTMLElement>(COMPOSER_LAUNCHER)?.click();
  (await waitFor(doc, () => generateButton(doc), OPEN_TIMEOUT_MS))?.focus();
}
