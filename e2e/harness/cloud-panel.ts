import { until } from './poll';
import { panelText, pressGenerate, setField } from './steps';
import type { TestPage } from './types';

type Deep = { __deep(selector: string, text?: string): Element[] };

/** The text of the first element in our panel (inside its shadow root) matching the selector, or ''. */
function panelPart(page: TestPage, selector: string): Promise<string> {
  return page.evaluateInPanel((s) => (window as unknown as Deep).__deep(`section.panel ${s}`)[0]?.textContent ?? '', selector);
}

/** The panel's sentence about which analyser read the post ("Analysed by …", "Analysed on this device: …"), or ''. */
export async function analyserNote(page: TestPage): Promise<string> {
  const notes = await page.evaluateInPanel(() => (window as unknown as Deep).__deep('section.panel .note').map((note) => note.textContent ?? ''));
  return notes.find((note) => note.startsWith('Analysed ')) ?? '';
}
/** The panel's failure or hand-over sentence. */
export const panelSentence = (page: TestPage) => panelPart(page, '.sentence');

/** A form control's current value in the panel (a textarea's value is not its text). */
function panelValue(page: TestPage, selector: string): Promise<string> {
  return page.evaluateInPanel((s) => ((window as unknown as Deep).__deep(`section.panel ${s}`)[0] as HTMLInputElement | undefined)?.value ?? '', selector);
}

/** The prompt in "Format, style and prompt": what the next image is made from. */
export const panelPrompt = (page: TestPage) => panelValue(page, '.prompt textarea');
/** The private link the panel shows after Save to S3. */
export const savedLinkUrl = (page: TestPage) => panelValue(page, '.saved input');

/** Presses Generate image and waits until the panel offers the image (or, failing, says why). */
export async function generateImage(page: TestPage, timeoutMs = 30_000): Promise<string> {
  await pressGenerate(page);
  return waitForPanel(page, timeoutMs);
}

/** Waits until the panel rests: an image to add, or a sentence saying why not. */
export function waitForPanel(page: TestPage, timeoutMs = 30_000): Promise<string> {
  return until(
    async () => ({ text: await panelText(page), sentence: await panelSentence(page), busy: await panelBusy(page) }),
    (state) => !state.busy && (state.text.includes('Add to post') || state.sentence !== ''),
    'the panel to offer an image or say why not',
    timeoutMs,
  ).then((state) => state.sentence);
}

/** True while the panel shows its spinner (reading, generating, attaching or saving). */
function panelBusy(page: TestPage): Promise<boolean> {
  return page.evaluateInPanel(() => (window as unknown as Deep).__deep('section.panel .spinner').length > 0);
}

/**
 * Opens "Format, style and prompt" and replaces the prompt with real key presses. The panel may reach
 * below a composer that cannot scroll, so the prompt is opened and focused from the page, not clicked.
 */
export async function rewritePrompt(page: TestPage, prompt: string): Promise<void> {
  await page.evaluateInPanel(() => {
    const deep = (window as unknown as Deep).__deep;
    (deep('section.panel details.options')[0] as HTMLDetailsElement).open = true;
    const textarea = deep('section.panel .prompt textarea')[0] as HTMLTextAreaElement;
    textarea.focus();
    textarea.select();
  });
  await page.type(prompt);
  await until(() => panelPrompt(page), (now) => now === prompt, 'the edited prompt');
}

/** The panel's own controls under "Format, style and prompt", by their visible labels. */
export interface PanelChoices {
  Format?: string;
  Variations?: string;
}

/** Opens "Format, style and prompt" and sets its fields, as picking from the lists does. */
export async function choosePanel(page: TestPage, choices: PanelChoices): Promise<void> {
  await page.evaluateInPanel(() => {
    ((window as unknown as Deep).__deep('section.panel details.options')[0] as HTMLDetailsElement).open = true;
  });
  for (const [label, value] of Object.entries(choices)) await setField(page, label, value);
}

/** The panel's price line ("About $0.04 per image · …", "Free: made on this device"), or ''; before the first click it stands alone. */
export async function costNote(page: TestPage): Promise<string> {
  const notes = await page.evaluateInPanel(() => (window as unknown as Deep).__deep('section.panel .note, p.idle-price').map((note) => note.textContent ?? ''));
  return notes.find((note) => note.startsWith('About ') || note.startsWith('Free')) ?? '';
}
