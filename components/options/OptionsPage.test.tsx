// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { testOpenAI } from '@/lib/providers/openai';
import { EMPTY_SECRETS, lockSecrets, saveSecrets } from '@/lib/settings/secrets';
import { readSettings } from '@/lib/settings/store';
import { click, type render, type, until } from '../shared/render.test-support';
import { descriptionOf, renderOptionsPage } from './options-page.test-support';

vi.mock('@/lib/providers/openai', () => ({ testOpenAI: vi.fn() }));
vi.mock('@/lib/providers/openai/listing', () => ({
  listOpenAIImageModels: vi.fn().mockResolvedValue([
    { id: 'gpt-image-2.5-flare', label: 'GPT Image 2.5 Flare' },
    { id: 'gpt-image-2', label: 'GPT Image 2', shutdownDate: '2027-02-10' },
  ]),
}));

const KEY = 'sk-proj-0123456789abcdefWXYZ';

let page: ReturnType<typeof render>;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  page.unmount();
});

/** With OpenAI chosen at the top, as a newcomer with a key does. */
async function renderPage() {
  page = await renderOptionsPage();
  await click(page.byId('provider-openai'));
}

const byId = <T extends HTMLElement>(id: string) => page.byId<T>(id);
const button = (name: string) => page.button(name);

describe('options page', () => {
  it('explains a wrong key as it is typed', async () => {
    await renderPage();
    const key = byId<HTMLInputElement>('openaiApiKey');
    expect(key.type).toBe('password');
    expect(key.getAttribute('aria-invalid')).toBeNull();
    type(key, 'pk-live-0123456789abcdefgh');
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(key)).toContain('An OpenAI API key starts with “sk-”');
    type(key, KEY);
    expect(key.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves the key to storage.local only, asks for OpenAI’s origin, and never shows the key again', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await renderPage();
    type(byId('openaiApiKey'), KEY);
    await click(button('Save'));
    await until(() => expect(page.container.textContent).toContain('Saved.'));

    expect(request).toHaveBeenCalledWith({ origins: ['https://api.openai.com/*'] });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain(KEY);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(KEY);
    expect(byId<HTMLInputElement>('openaiApiKey').value).toBe('');
    expect(page.container.innerHTML).not.toContain(KEY);
    expect(byId('openaiApiKey-saved').textContent).toContain('Saved — ends in …WXYZ');
  });

  it('says so when the browser refuses the permission, and still saves', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await renderPage();
    type(byId('openaiApiKey'), KEY);
    await click(button('Save'));
    await until(() => expect(page.container.textContent).toContain('Post to Image may not reach api.openai.com yet'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain(KEY);
  });

  it('refuses to save while a field is wrong, and moves focus to the first one on the page', async () => {
    await renderPage();
    type(byId('s3-bucket'), 'My_Bucket');
    type(byId('openaiApiKey'), 'sk- with spaces 0123456789');
    await click(button('Save'));
    expect(page.container.textContent).toContain('Fix the 3 highlighted fields first.');
    expect(document.activeElement).toBe(byId('openaiApiKey'));
    expect(descriptionOf(byId('s3-region'))).toContain('Enter the region the bucket is in');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('tests OpenAI with the key typed but not saved yet, and shows the outcome', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.mocked(testOpenAI).mockResolvedValue({ ok: true, sentence: 'OpenAI is ready: gpt-image-2.5-flare is available.' });
    await renderPage();
    type(byId('openaiApiKey'), KEY);
    await click(button('Test OpenAI'));
    await until(() => expect(page.container.textContent).toContain('OpenAI is ready'));
    expect(testOpenAI).toHaveBeenCalledWith(expect.objectContaining({ apiKey: KEY, model: 'gpt-image-2.5-flare' }));
    expect([...page.container.querySelectorAll('[role=status]')].some((status) => status.textContent?.includes('OpenAI is ready'))).toBe(true);
    const live = [...page.container.querySelectorAll('.live-models li')].map((item) => item.textContent);
    expect(live).toEqual(['GPT Image 2.5 Flare', 'GPT Image 2 — shuts down on 2027-02-10']);
  });

  it('keeps locked keys out of reach until the passphrase is given', async () => {
    await saveSecrets({ ...EMPTY_SECRETS, openaiApiKey: KEY }, 'a long passphrase');
    await lockSecrets();
    await renderPage();
    expect(page.container.textContent).toContain('Your API keys are locked with a passphrase.');
    expect(byId<HTMLInputElement>('openaiApiKey').disabled).toBe(true);

    type(page.find('.unlock input[type=password]'), 'a long passphrase');
    await click(button('Unlock'));
    await until(() => expect(byId<HTMLInputElement>('openaiApiKey').disabled).toBe(false));
    expect(byId('openaiApiKey-saved').textContent).toContain('…WXYZ');
    expect(page.container.innerHTML).not.toContain(KEY);
  });

  it('locks saved keys with a passphrase typed twice', async () => {
    await saveSecrets({ ...EMPTY_SECRETS, openaiApiKey: KEY });
    await renderPage();
    type(byId('new-passphrase'), 'a long passphrase');
    type(byId('repeat-passphrase'), 'a long passfrase');
    await click(button('Lock keys with this passphrase'));
    expect(descriptionOf(byId('repeat-passphrase'))).toContain('The two passphrases differ.');

    type(byId('repeat-passphrase'), 'a long passphrase');
    await click(button('Lock keys with this passphrase'));
    await until(() => expect(page.container.textContent).toContain('Your saved keys are now encrypted with your passphrase.'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(KEY);
    expect(page.container.textContent).toContain('Your keys are encrypted, and unlocked until the browser closes.');
  });

  it('saves a monthly spending cap, explained beside the field', async () => {
    await renderPage();
    const cap = byId<HTMLInputElement>('budget-monthlyCapUsd');
    expect(page.find(`label[for="${cap.id}"]`).textContent).toBe('Monthly spending cap (USD)');
    expect(descriptionOf(cap)).toContain('0 means no cap. Post to Image asks before a click would go over it.');
    type(cap, '-3');
    expect(descriptionOf(cap)).toContain('Set a cap between $0 and $10,000 a month');
    type(cap, '25');
    await click(button('Save'));
    await until(() => expect(page.container.textContent).toContain('Saved.'));
    expect((await readSettings()).budget.monthlyCapUsd).toBe(25);
  });

  it('has one main landmark, headings in order, and a label for every control', async () => {
    await renderPage();
    expect(page.container.querySelectorAll('main')).toHaveLength(1);
    const levels = [...page.container.querySelectorAll('h1, h2, h3')].map((heading) => Number(heading.tagName[1]));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
    for (const control of page.container.querySelectorAll('input, select')) {
      const labelled = control.id !== '' && page.container.querySelector(`label[for="${CSS.escape(control.id)}"]`) !== null;
      expect(labelled, `label for #${control.id}`).toBe(true);
    }
  });
});
