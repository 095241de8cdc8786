import { expect } from 'vitest';
import type { FormatId } from '../../lib/formats';
import { estimateForSettings } from '../../lib/pricing/estimate';
import type { OpenAIImageModel, OpenAIQuality } from '../../lib/providers/openai/models';
import { settingsFrom } from '../../lib/settings/schema';
import { storedRecords } from './extension-data';
import { until } from './poll';
import type { ExtensionBrowser, TestPage } from './types';

/** What lib/pricing's table says a click costs: `count` images in `format` from this OpenAI model and quality. */
export const openaiPrice = (model: OpenAIImageModel, quality: OpenAIQuality, format: FormatId, count: number) =>
  estimateForSettings(settingsFrom({ openai: { model, quality } }), format, count, 'openai');

/** The estimates the history keeps, added up (the history of a test browser is all this month's). */
export async function spentSoFar(extensionPage: TestPage): Promise<number> {
  return (await storedRecords(extensionPage)).reduce((sum, record) => sum + (record.estimatedCostUsd as number), 0);
}

/** The popup's sentence about this month's spending ("$0.25 spent, of your $1.00 monthly cap."). */
export async function popupMonthSpend(browser: ExtensionBrowser): Promise<string> {
  const popup = await browser.openExtensionPage('/popup.html');
  const sentence = await until(
    () => popup.evaluate(() => document.querySelector('section[aria-labelledby="spend-title"] p')?.textContent ?? ''),
    (text) => text !== '',
    'the popup’s spending for the month',
  );
  await popup.close();
  return sentence;
}

/** The dollar amounts in a sentence, in order. */
const dollarsIn = (sentence: string) => Array.from(sentence.matchAll(/\$([\d,]+\.\d+)/g), ([, amount]) => Number(amount!.replace(/,/g, '')));

/** The sentence shows these amounts, in order, each as rounded to the cent (or tenth of a cent) it is shown in. */
export function expectAmounts(sentence: string, expected: number[]): void {
  const shown = dollarsIn(sentence);
  expect(shown).toHaveLength(expected.length);
  shown.forEach((amount, index) => expect(Math.abs(amount - expected[index]!)).toBeLessThanOrEqual(0.005 + 1e-9));
}
