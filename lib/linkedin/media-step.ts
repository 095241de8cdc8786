import { queryAllRoots, type Composer } from './composer';
import { DIALOGS, FILE_INPUT, MEDIA_BUTTON, MEDIA_ERROR, NOT_COMPOSER, PRIMARY_BUTTON_HINT } from './selectors';
import { waitFor } from './wait';

const STEP_TIMEOUT_MS = 10_000;

export type MediaStepResult =
  | { kind: 'accepted' }
  | { kind: 'rejected'; linkedinMessage: string }
  | { kind: 'unavailable' };

/**
 * LinkedIn clicks its file input by itself, which would pop the OS file chooser over our work. Only
 * untrusted clicks are cancelled, so a person's own click still opens it.
 */
function blockFileChooser(win: Window): () => void {
  const cancel = (event: Event) => {
    const target = event.composedPath()[0];
    if (!event.isTrusted && target instanceof HTMLInputElement && target.type === 'file') event.preventDefault();
  };
  win.addEventListener('click', cancel, true);
  return () => win.removeEventListener('click', cancel, true);
}

function buttonsIn(step: Element): HTMLButtonElement[] {
  return Array.from(step.querySelectorAll('button'));
}

function rejectionIn(step: Element, seen: Set<string>): string | undefined {
  for (const element of Array.from(step.querySelectorAll(MEDIA_ERROR))) {
    const text = element.textContent?.trim();
    if (text && !seen.has(text) && !(element as HTMLElement).hidden) return text;
  }
  return undefined;
}

/** Next: the button LinkedIn enabled once the file was in (language-neutral), else the primary one. */
function nextButton(step: Element, disabledBefore: Set<HTMLButtonElement>): HTMLButtonElement | undefined {
  const enabledNow = buttonsIn(step).filter((b) => disabledBefore.has(b) && !b.disabled);
  const primary = Array.from(step.querySelectorAll<HTMLButtonElement>(PRIMARY_BUTTON_HINT)).filter((b) => !b.disabled);
  return enabledNow.at(-1) ?? primary.at(-1);
}

/** Back: the enabled button beside the (still disabled) Next, to return to the compose view. */
function backButton(step: Element): HTMLButtonElement | undefined {
  const next = buttonsIn(step).filter((b) => b.disabled).at(-1);
  return Array.from(next?.parentElement?.querySelectorAll('button') ?? []).find((b) => !b.disabled);
}

/** The media step's file input: inside a dialog, never one of the page's other uploaders. */
function mediaInput(doc: Document): HTMLInputElement | undefined {
  const inputs = queryAllRoots(doc, FILE_INPUT).filter((input) => input.closest(DIALOGS) && !input.closest(NOT_COMPOSER));
  return inputs.at(-1) as HTMLInputElement | undefined;
}

function giveFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** "Add media" → file → preview → Next, as a person would. */
export async function addThroughMediaStep(doc: Document, composer: Composer, file: File): Promise<MediaStepResult> {
  const mediaButton = composer.dialog.querySelector<HTMLElement>(MEDIA_BUTTON);
  if (!mediaButton || !doc.defaultView) return { kind: 'unavailable' };
  const unblock = blockFileChooser(doc.defaultView);
  try {
    mediaButton.click();
    const input = await waitFor(doc, () => mediaInput(doc), STEP_TIMEOUT_MS);
    if (!input) return { kind: 'unavailable' };
    const step = input.closest(DIALOGS) ?? input.parentElement ?? input;
    const disabledBefore = new Set(buttonsIn(step).filter((b) => b.disabled));
    const imagesBefore = step.querySelectorAll('img').length;
    const messagesBefore = new Set(Array.from(step.querySelectorAll(MEDIA_ERROR), (e) => e.textContent?.trim() ?? ''));

    giveFile(input, file);
    const verdict = await waitFor<'preview' | { message: string }>(
      doc,
      () => {
        const message = rejectionIn(step, messagesBefore);
        if (message) return { message };
        const ready = step.querySelectorAll('img').length > imagesBefore || nextButton(step, disabledBefore);
        return ready ? 'preview' : undefined;
      },
      STEP_TIMEOUT_MS,
    );
    if (verdict === undefined) return { kind: 'unavailable' };
    if (verdict !== 'preview') {
      backButton(step)?.click();
      return { kind: 'rejected', linkedinMessage: verdict.message };
    }
    const next = await waitFor(doc, () => nextButton(step, disabledBefore), STEP_TIMEOUT_MS);
    if (!next) return { kind: 'unavailable' };
    next.click();
    return { kind: 'accepted' };
  } finally {
    unblock();
  }
}
