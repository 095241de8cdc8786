import { isShown, queryEveryRoot, type Composer } from './composer';
import { PICKER_EVENT } from './chooser-guard';
import { fillAltText } from './alt-text';
import { buttonsIn, lastButton } from './buttons';
import { DIALOGS, FILE_INPUT, HOST_TAG, LINK_PREVIEW, MEDIA_BUTTON_HINTS, MEDIA_ERROR, MEDIA_ICON, NOT_COMPOSER, PRIMARY_BUTTON_HINT } from './selectors';
import { waitFor } from './wait';

const STEP_TIMEOUT_MS = 10_000;

export type MediaStepResult =
  | { kind: 'accepted'; altText: boolean }
  | { kind: 'rejected'; linkedinMessage: string }
  | { kind: 'no-media-control'; linkPreview: boolean }
  | { kind: 'not-ready' };

export interface MediaStepOptions {
  altText?: string;
  /** Keeps LinkedIn's showPicker() from opening the chooser (see chooser-guard.ts); resolves with its undo. */
  guardChooser?: () => Promise<() => Promise<void>>;
}

/**
 * LinkedIn opens its file input by itself, which would pop the OS file chooser over our work. Untrusted clicks on
 * file inputs are cancelled (a person's own click still opens it), and the input they were for is remembered:
 * composedPath()[0], since a click inside a shadow root is retargeted to its host. The main-world guard names the
 * input showPicker() was called on the same way.
 */
function watchFileChooser(win: Window): { input: () => HTMLInputElement | undefined; stop: () => void } {
  let chosen: HTMLInputElement | undefined;
  const remember = (event: Event) => {
    const target = event.composedPath()[0];
    if (event.isTrusted || !(target instanceof HTMLInputElement) || target.type !== 'file') return;
    if (event.type === 'click') event.preventDefault();
    chosen = target;
  };
  win.addEventListener('click', remember, true);
  win.addEventListener(PICKER_EVENT, remember, true);
  return {
    input: () => (chosen?.isConnected ? chosen : undefined),
    stop: () => {
      win.removeEventListener('click', remember, true);
      win.removeEventListener(PICKER_EVENT, remember, true);
    },
  };
}

/** The composer's media control: by its icon first, in any language, then by class and label hints. */
export function mediaControl(dialog: Element): HTMLElement | undefined {
  const byIcon = Array.from(dialog.querySelectorAll(MEDIA_ICON), (icon) => icon.closest<HTMLElement>('button, [role="button"]'));
  const candidates = [...byIcon, ...Array.from(dialog.querySelectorAll<HTMLElement>(MEDIA_BUTTON_HINTS))];
  return candidates.find((control): control is HTMLElement => !!control && dialog.contains(control) && !control.closest(HOST_TAG) && !(control as HTMLButtonElement).disabled);
}

export function hasLinkPreview(dialog: Element): boolean {
  return dialog.querySelector(LINK_PREVIEW) !== null;
}

function openDialogs(doc: Document): Element[] {
  return queryEveryRoot(doc, DIALOGS).filter(isShown);
}

/** The newest file input anywhere (document and every open root) that no other box owns. */
function newestFileInput(doc: Document, before: Set<Element>): HTMLInputElement | undefined {
  const inputs = queryEveryRoot(doc, FILE_INPUT).filter((input) => !input.closest(NOT_COMPOSER)) as HTMLInputElement[];
  return inputs.filter((input) => !before.has(input)).at(-1) ?? inputs.at(-1);
}

/**
 * The media step, judged only inside a dialog: the topmost one that opened after pressing Media (SDUI's
 * "Editor"), else the dialog holding the input (classic). Never <body>: a body-level input has no dialog.
 */
function stepFor(input: HTMLInputElement, doc: Document, dialogsBefore: Set<Element>): Element | undefined {
  const opened = openDialogs(doc).filter((dialog) => !dialogsBefore.has(dialog));
  const holding = input.closest(DIALOGS);
  return opened.at(-1) ?? (holding && isShown(holding) ? holding : undefined);
}

function rejectionIn(step: Element, seen: Set<string>): string | undefined {
  for (const element of Array.from(step.querySelectorAll(MEDIA_ERROR))) {
    const text = element.textContent?.trim();
    if (text && !seen.has(text) && isShown(element)) return text;
  }
  return undefined;
}

/** Next: the primary-looking button, else the step's last button (LinkedIn's footer ends with it), once enabled. */
function nextButton(step: Element): HTMLButtonElement | undefined {
  const primary = Array.from(step.querySelectorAll<HTMLButtonElement>(PRIMARY_BUTTON_HINT)).filter((b) => !b.disabled && isShown(b));
  const last = lastButton(step);
  return primary.at(-1) ?? (last && !last.disabled ? last : undefined);
}

/** Back: the button just before Next in its row (never Discard, which LinkedIn puts first). */
function backButton(step: Element): HTMLButtonElement | undefined {
  const next = lastButton(step);
  const row = next?.parentElement ? buttonsIn(next.parentElement) : [];
  const back = row.at(row.indexOf(next!) - 1);
  return back && back !== next && !back.disabled ? back : undefined;
}

function giveFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** "Add media" → file → preview → (alt text) → Next, as a person would. */
export async function addThroughMediaStep(composer: Composer, file: File, options: MediaStepOptions = {}): Promise<MediaStepResult> {
  const doc = composer.dialog.ownerDocument;
  const control = mediaControl(composer.dialog);
  if (!control || !doc.defaultView) return { kind: 'no-media-control', linkPreview: hasLinkPreview(composer.dialog) };
  const dialogsBefore = new Set(openDialogs(doc));
  const inputsBefore = new Set(queryEveryRoot(doc, FILE_INPUT));
  const chooser = watchFileChooser(doc.defaultView);
  const unguard = (await options.guardChooser?.().catch(() => undefined)) ?? (async () => {});
  try {
    control.click();
    const found = await waitFor(
      doc,
      () => {
        const input = chooser.input() ?? newestFileInput(doc, inputsBefore);
        const step = input && stepFor(input, doc, dialogsBefore);
        return input && step ? { input, step } : undefined;
      },
      STEP_TIMEOUT_MS,
    );
    if (!found) return { kind: 'not-ready' };
    const { input, step } = found;
    const lastBefore = lastButton(step);
    const nextWasDisabled = lastBefore?.disabled === true;
    const imagesBefore = step.querySelectorAll('img').length;
    const messagesBefore = new Set(Array.from(step.querySelectorAll(MEDIA_ERROR), (e) => e.textContent?.trim() ?? ''));

    giveFile(input, file);
    const verdict = await waitFor<'preview' | { message: string }>(
      doc,
      () => {
        const message = rejectionIn(step, messagesBefore);
        if (message) return { message };
        const nextTurnedOn = nextWasDisabled && lastButton(step)?.disabled === false;
        return step.querySelectorAll('img').length > imagesBefore || nextTurnedOn ? 'preview' : undefined;
      },
      STEP_TIMEOUT_MS,
    );
    if (verdict === undefined) return { kind: 'not-ready' };
    if (verdict !== 'preview') {
      backButton(step)?.click();
      return { kind: 'rejected', linkedinMessage: verdict.message };
    }
    const altText = options.altText ? await fillAltText(step, options.altText) : false;
    const next = await waitFor(doc, () => nextButton(step), STEP_TIMEOUT_MS);
    if (!next) return { kind: 'not-ready' };
    next.click();
    return { kind: 'accepted', altText };
  } finally {
    chooser.stop();
    await unguard().catch(() => undefined);
  }
}
