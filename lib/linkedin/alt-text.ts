import { isShown, queryEveryRoot } from './composer';
import { buttonsIn, lastButton } from './buttons';
import { ALT_TEXT_HINT, ALT_TEXT_ICON } from './selectors';
import { waitFor } from './wait';

const ALT_TEXT_TIMEOUT_MS = 3_000;

function altTextControl(step: Element): HTMLButtonElement | undefined {
  const byIcon = Array.from(step.querySelectorAll(ALT_TEXT_ICON), (icon) => icon.closest('button')).find((b) => b && !b.disabled);
  return byIcon ?? buttonsIn(step).find((b) => !b.disabled && ALT_TEXT_HINT.test(b.getAttribute('aria-label') || b.textContent || ''));
}

/** The nearest block around the field that holds buttons: the alt-text tool or its own dialog. */
function toolAround(field: Element): Element | undefined {
  for (let block = field.parentElement; block; block = block.parentElement) if (block.querySelector('button')) return block;
  return undefined;
}

/**
 * LinkedIn's "Alt text" tool in the media editor: opens it, types the text as a person would and confirms.
 * Best effort: without the tool the image is still attached, and the caller says so.
 */
export async function fillAltText(step: Element, text: string): Promise<boolean> {
  const doc = step.ownerDocument;
  const control = altTextControl(step);
  if (!control) return false;
  const fieldsBefore = new Set(queryEveryRoot(doc, 'textarea'));
  control.click();
  const field = await waitFor(doc, () => queryEveryRoot(doc, 'textarea').find((t) => !fieldsBefore.has(t) && isShown(t)) as HTMLTextAreaElement | undefined, ALT_TEXT_TIMEOUT_MS);
  const tool = field && toolAround(field);
  if (!field || !tool) return false;
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const confirm = await waitFor(doc, () => {
    const last = lastButton(tool);
    return last && !last.disabled ? last : undefined;
  }, ALT_TEXT_TIMEOUT_MS);
  if (!confirm) return false;
  confirm.click();
  return (await waitFor(doc, () => (field.isConnected && isShown(field) ? undefined : true), ALT_TEXT_TIMEOUT_MS)) === true;
}
