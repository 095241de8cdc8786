// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PRICES_AS_OF } from '@/lib/pricing/prices';
import { settingsFrom } from '@/lib/settings/schema';
import { EMPTY_SECRETS, lockSecrets, saveSecrets } from '@/lib/settings/secrets';
import { settingsItem, writeSettings } from '@/lib/settings/store';
import { getImage, keepImage } from '@/lib/storage/history';
import type { HistoryRecord } from '@/lib/storage/history-record';
import { answeredEntry, enterInLedger } from '@/lib/storage/history.test-support';
import { click, render, revokedWhileShown, type, until } from '../shared/render.test-support';
import { Popup } from './Popup';

let popup: ReturnType<typeof render>;

function record(index: number): HistoryRecord {
  return {
    id: `image-${index}`,
    createdAt: Date.UTC(2026, 4, 14, 9, index),
    prompt: `a lighthouse at dawn, number ${index}`,
    provider: 'offline',
    model: 'offline-card',
    format: 'square',
    analysis: { analyser: 'local', sentiment: 'POSITIVE', languageCode: 'en' },
    mimeType: 'image/png',
    width: 1080,
    height: 1080,
    bytes: new Uint8Array([137, 80, 78, 71, index]),
    estimatedCostUsd: 0,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  popup.unmount();
});

describe('popup', () => {
  it('says once which stored model the settings migration moved', async () => {
    await fakeBrowser.storage.local.set({ settings: { openai: { model: 'gpt-image-1-mini' } }, settings$: { v: 2 } });
    // In the extension the item migrates when the page's script defines it; here the module was loaded before.
    await settingsItem.migrate();
    popup = render(<Popup />);
    const moved = 'OpenAI shut GPT Image 1 mini down on 2026-12-01, so Post to Image now uses GPT Image 2.5 Flare.';
    await until(() => expect(popup.container.querySelector('.model-notice')?.textContent).toBe(moved));
    popup.unmount();
    popup = render(<Popup />);
    await until(() => expect(popup.find('[role=status]').textContent).toMatch(/No API key is saved yet/));
    expect(popup.container.querySelector('.model-notice')).toBeNull();
  });

  it('shows the provider, and the six newest images with a download link each', async () => {
    for (let index = 1; index <= 8; index++) await keepImage(record(index));
    popup = render(<Popup />);
    await until(() => expect(popup.container.querySelectorAll('.thumbnails img')).toHaveLength(6));

    expect(popup.find('[role=status]').textContent).toMatch(/Images are made on this device/);
    const links = [...popup.container.querySelectorAll<HTMLAnchorElement>('.thumbnails a')];
    expect(links.map((link) => link.download)).toEqual([8, 7, 6, 5, 4, 3].map((index) => `post-to-image-image-${index}.png`));
    expect(links.every((link) => link.href.startsWith('blob:'))).toBe(true);
    expect(popup.find('.thumbnails img').getAttribute('alt')).toContain('a lighthouse at dawn, number 8');
  });

  it('deletes an image from the history, and the others stay shown', async () => {
    await keepImage({ ...record(30), createdAt: Date.now() });
    await keepImage({ ...record(31), createdAt: Date.now() - 1 });
    popup = render(<Popup />);
    const revokedEarly = revokedWhileShown(popup.container);
    const shown = () => [...popup.container.querySelectorAll('.thumbnails img')].some((img) => img.getAttribute('alt')?.includes('number 30'));
    await until(() => expect(shown()).toBe(true));
    await click(popup.find<HTMLButtonElement>('.thumbnails button[aria-label*="number 30"]'));
    await until(() => expect(shown()).toBe(false));
    expect(await getImage('image-30')).toBeUndefined();
    const left = [...popup.container.querySelectorAll('.thumbnails img')].map((img) => img.getAttribute('alt'));
    expect(left).toContainEqual(expect.stringContaining('number 31'));
    expect(URL.revokeObjectURL).toHaveBeenCalled();
    expect(revokedEarly).toEqual([]);
  });

  it('says when the keys are locked, and unlocks them there', async () => {
    await saveSecrets({ ...EMPTY_SECRETS, openaiApiKey: 'sk-proj-0123456789abcdef' }, 'a long passphrase');
    await lockSecrets();
    popup = render(<Popup />);
    await until(() => expect(popup.container.textContent).toContain('Your API keys are locked'));
    type(popup.find('.unlock input[type=password]'), 'a long passphrase');
    await click(popup.button('Unlock'));
    await until(() => expect(popup.find('h2').textContent).toBe('Ready'));
    expect(popup.find('[role=status]').textContent).toBe('OpenAI GPT Image 2.5 Flare makes the images.');
  });

  it('shows what this month’s images cost against the monthly cap', async () => {
    const now = Date.now();
    await enterInLedger(answeredEntry({ id: 'paid-1', createdAt: now, estimatedCostUsd: 0.25 }), answeredEntry({ id: 'paid-2', createdAt: now, estimatedCostUsd: 0.05 }));
    await writeSettings(settingsFrom({ budget: { monthlyCapUsd: 10 } }));
    popup = render(<Popup />);
    await until(() => expect(popup.container.textContent).toContain('$0.30 spent, of your $10.00 monthly cap.'));
    expect(popup.container.textContent).toContain(`list prices as of ${PRICES_AS_OF}`);
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    popup = render(<Popup />);
    await click(popup.button('Open options'));
    expect(open).toHaveBeenCalledOnce();
  });
});
