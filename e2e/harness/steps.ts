import { GENERATE_BUTTON } from './deep';
import { until } from './poll';
import type { TestPage } from './types';

type Deep = { __deep(selector: string): Element[] };
type StandinMedia = { name: string; type: string; size: number; width: number; height: number; alt: string }[];
type StandinState = { open: boolean; step: string | null; text: string | null; media: StandinMedia; linkPreview: boolean; comment: { open: boolean; text: string; media: StandinMedia } };
type StandinWindow = Deep & { __composerState(): StandinState; __published: { text: string; media: unknown[] }[]; __messagingText(): string; __fileChooserClicks: number };

export const LAUNCHER = '[data-view-name="share-sharebox-focus"], .share-box-feed-entry__trigger';
export const EDITOR = '[contenteditable="true"][role="textbox"]:not(.msg-form__contenteditable)';
export const PANEL = 'post-to-image-host';

/** How many elements match in the page, or else in our panel's frame. */
export async function count(page: TestPage, selector: string): Promise<number> {
  const inPage = await page.evaluate((s) => (window as unknown as Deep).__deep(s).length, selector);
  return inPage || page.evaluateInPanel((s) => (window as unknown as Deep).__deep(s).length, selector);
}

export function composerState(page: TestPage): Promise<StandinState> {
  return page.evaluate(() => (window as unknown as StandinWindow).__composerState());
}

export function published(page: TestPage) {
  return page.evaluate(() => (window as unknown as StandinWindow).__published.map((p) => ({ text: p.text, media: p.media.length })));
}

export function messagingText(page: TestPage): Promise<string> {
  return page.evaluate(() => (window as unknown as StandinWindow).__messagingText());
}

export function fileChooserClicks(page: TestPage): Promise<number> {
  return page.evaluate(() => (window as unknown as StandinWindow).__fileChooserClicks);
}

/** Text of our panel's buttons and sections (the panel is an extension page framed into the composer). */
export function panelText(page: TestPage): Promise<string> {
  return page.evaluateInPanel(() =>
    (window as unknown as Deep)
      .__deep('#root button, #root section.panel')
      .map((element) => element.textContent ?? '')
      .join(' '),
  );
}

/** The paid image's own press, in our panel's frame, after the page's Generate image only opened the panel. */
export const MAKE_THE_IMAGE = ['button', 'Make the image'] as const;

type PanelMotion = { confirm: boolean; busy: boolean; sentence: string };

function panelMotion(page: TestPage): Promise<PanelMotion> {
  return page.evaluateInPanel(() => {
    const deep = (window as unknown as Deep).__deep;
    return {
      confirm: deep('section.panel button').some((button) => button.textContent?.trim() === 'Make the image'),
      busy: deep('section.panel .spinner').length > 0,
      sentence: deep('section.panel .sentence').map((sentence) => sentence.textContent).join(' '),
    };
  });
}

/**
 * A person's Generate image: our button in LinkedIn's page, then, where the image is paid for, the
 * panel's own Make the image (the page's button only opens the panel for a paid image).
 */
export async function pressGenerate(page: TestPage): Promise<void> {
  const before = await panelMotion(page);
  await page.click(GENERATE_BUTTON);
  const now = await until(() => panelMotion(page), (motion) => motion.confirm || motion.busy || motion.sentence !== before.sentence, 'the panel to start or ask for the paid press');
  if (now.confirm) await page.click(...MAKE_THE_IMAGE);
}

export async function openComposer(page: TestPage): Promise<void> {
  await page.click(LAUNCHER);
  await until(() => count(page, GENERATE_BUTTON), (n) => n === 1, 'one Generate image button');
}

/** Types the draft with real key presses, one paragraph per line. */
export async function writeDraft(page: TestPage, lines: string[], editor = EDITOR): Promise<void> {
  await page.click(editor);
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.evaluate(() => document.execCommand('insertParagraph'));
    await page.type(line);
  }
  await until(async () => (await composerState(page)).text, (text) => text === lines.join('\n'), 'the draft');
}

/** Generate image, then Add to post once the image is ready (optionally after `beforeAdding`, e.g. an edit). */
export async function generateThenAdd(page: TestPage, beforeAdding?: () => Promise<void>): Promise<void> {
  await pressGenerate(page);
  await until(() => panelText(page), (text) => text.includes('Add to post'), 'the image to be ready', 30_000);
  await beforeAdding?.();
  await page.click('button', 'Add to post');
}

/** Follows one of the stand-in's SPA links, as LinkedIn's own navigation does (no page load). */
export async function navigate(page: TestPage, path: string): Promise<void> {
  await page.click(`a[href="${path}"]`);
  await until(() => page.evaluate(() => location.pathname), (now) => now === path, `the page ${path}`);
}

type Controls = { __setControl(label: string, nth: number, value: string | boolean): void };

/** Sets a form field found by its visible label (the nth field with that label), as typing would. */
export function setField(page: TestPage, label: string, value: string | boolean, nth = 0): Promise<void> {
  return page.evaluateInPanel(([l, n, v]) => (window as unknown as Controls).__setControl(l, n, v), [label, nth, value] as const);
}
