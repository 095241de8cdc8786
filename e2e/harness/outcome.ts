import { expect } from 'vitest';
import { until } from './poll';
import { EDITOR, pressGenerate } from './steps';
import type { TestPage } from './types';

type Deep = { __deep(selector: string): Element[] };

/** Where a generation ended, as the panel shows it. */
export interface PanelOutcome {
  /** The text of each role=alert element in the panel. */
  sentences: string[];
  /** "Add to post" is offered: a finished image is in the panel. */
  preview: boolean;
}

/** Puts text into the composer's editor as a paste does: one paragraph per line, through the editor's own editing. */
export async function insertDraft(page: TestPage, text: string): Promise<void> {
  await page.click(EDITOR);
  await page.evaluate((draft) => {
    draft.split('\n').forEach((line, index) => {
      if (index > 0) document.execCommand('insertParagraph');
      if (line) document.execCommand('insertText', false, line);
    });
  }, text);
}

export function panelOutcome(page: TestPage): Promise<PanelOutcome> {
  return page.evaluateInPanel(() => {
    const within = (selector: string) => (window as unknown as Deep).__deep(`#root ${selector}`);
    return {
      sentences: within('[role=alert]').map((alert) => (alert.textContent ?? '').trim()),
      preview: within('button').some((button) => (button.textContent ?? '').trim() === 'Add to post'),
    };
  });
}

/**
 * Presses Generate image in a composer whose panel shows nothing yet, and waits for a finished image
 * or a sentence.
 */
export async function generateAndSettle(page: TestPage, timeoutMs = 30_000): Promise<PanelOutcome> {
  await pressGenerate(page);
  return until(() => panelOutcome(page), (outcome) => outcome.preview || outcome.sentences.some(Boolean), 'a preview or a sentence', timeoutMs);
}

/** Words and marks that only internals show: error names, stack frames, code. */
const INTERNALS = /Error\b|Exception|undefined|\bnull\b|NaN|\[object|\bat \S+ \(|\w+\.(js|ts):\d+|[{}<>]/;

/** One sentence for a person: one alert, starting with a capital, ending with a full stop, no internals. */
export function expectOneClearSentence(outcome: PanelOutcome): string {
  expect(outcome.sentences).toHaveLength(1);
  const [sentence = ''] = outcome.sentences;
  expect(sentence).toMatch(/^[A-Z][^\n]{10,400}[.!?]$/);
  expect(sentence).not.toMatch(INTERNALS);
  return sentence;
}

/** A finished image or one clear sentence, never both and never neither. */
export function expectImageOrSentence(outcome: PanelOutcome): void {
  if (outcome.preview) expect(outcome.sentences).toEqual([]);
  else expectOneClearSentence(outcome);
}
