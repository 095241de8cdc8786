// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EMPTY_SECRETS, saveSecrets } from '@/lib/settings/secrets';
import { readSettings, writeSettings } from '@/lib/settings/store';
import { click, type render, type, until } from '../shared/render.test-support';
import { renderOptionsPage } from './options-page.test-support';

let page: ReturnType<typeof render>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
});

afterEach(() => {
  page.unmount();
});

/** The ids of the settings form's sections, top to bottom. */
const sectionOrder = () => [...page.find('form').querySelectorAll(':scope > section')].map((section) => section.id);
const choice = (id: string) => page.byId<HTMLInputElement>(id);

describe('the options page’s layout', () => {
  it('asks one question first, with this device chosen while nothing is saved, and nothing else under it', async () => {
    page = await renderOptionsPage();
    const question = page.find('#provider fieldset');
    expect(question.querySelector('legend')?.textContent).toBe('How should Post to Image make images?');
    expect([...question.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['On this device', 'OpenAI', 'Amazon Bedrock']);
    expect(choice('provider-offline').checked).toBe(true);
    expect(sectionOrder().slice(0, 2)).toEqual(['provider', 'defaults']);
  });

  it('puts the OpenAI key, its Test button, model and quality right under the question when OpenAI is chosen, and saves that choice', async () => {
    page = await renderOptionsPage();
    await click(choice('provider-openai'));
    expect(sectionOrder().slice(0, 3)).toEqual(['provider', 'openai', 'defaults']);
    const openai = page.find('#openai');
    expect([...openai.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['OpenAI API key', 'Model', 'Quality']);
    expect(openai.querySelector('.test button')?.textContent).toBe('Test OpenAI');
    // The other services wait further down, after the sections everyone uses.
    expect(sectionOrder().indexOf('aws')).toBeGreaterThan(sectionOrder().indexOf('defaults'));
    await click(page.button('Save'));
    await until(() => expect(page.container.textContent).toContain('Saved.'));
    expect((await readSettings()).provider).toBe('openai');
  });

  it('shows the AWS account and then Bedrock under the question when Bedrock is chosen', async () => {
    page = await renderOptionsPage();
    await click(choice('provider-bedrock'));
    expect(sectionOrder().slice(0, 3)).toEqual(['provider', 'aws', 'bedrock']);
    expect(page.find('#bedrock .test button').textContent).toBe('Test Amazon Bedrock');
  });

  it('marks the service "automatic" picks with the keys saved now', async () => {
    await saveSecrets({ ...EMPTY_SECRETS, openaiApiKey: 'sk-proj-0123456789abcdefWXYZ' });
    page = await renderOptionsPage();
    expect(choice('provider-openai').checked).toBe(true);
    expect(sectionOrder()[1]).toBe('openai');
  });

  it('links every section from a navigation landmark, in page order', async () => {
    page = await renderOptionsPage();
    const nav = page.find('nav');
    expect(nav.getAttribute('aria-label')).toBe('Sections');
    const targets = [...nav.querySelectorAll('a')].map((link) => link.getAttribute('href')!.slice(1));
    expect(targets).toContain('comprehend');
    expect(targets).toContain('s3');
    expect(targets).toContain('advanced');
    const onPage = [...page.container.querySelectorAll('section[id], details[id]')].map((element) => element.id).filter((id) => targets.includes(id));
    expect(onPage).toEqual(targets);
  });

  it('folds endpoints, timeouts and the passphrase under Advanced, and a link there unfolds it', async () => {
    page = await renderOptionsPage();
    const advanced = page.find<HTMLDetailsElement>('details#advanced');
    expect(advanced.open).toBe(false);
    for (const id of ['openai-baseURL', 'openai-timeoutSeconds', 'new-passphrase']) expect(advanced.contains(page.byId(id)), id).toBe(true);
    await click(page.find('nav a[href="#advanced"]'));
    expect(advanced.open).toBe(true);
  });

  it('unfolds Advanced to show a wrong field there when Save refuses', async () => {
    page = await renderOptionsPage();
    type(page.byId('bedrock-endpoint'), 'not an address');
    await click(page.button('Save'));
    expect(page.find<HTMLDetailsElement>('details#advanced').open).toBe(true);
    expect(document.activeElement).toBe(page.byId('bedrock-endpoint'));
  });

  it('asks how to read posts with one control, which also lifts an old Comprehend switch-off', async () => {
    const stored = await readSettings();
    await writeSettings({ ...stored, comprehend: { ...stored.comprehend, enabled: false } });
    page = await renderOptionsPage();
    const reading = page.find('#comprehend');
    expect(reading.querySelectorAll('input[type=checkbox]')).toHaveLength(0);
    expect(choice('analyser-local').checked).toBe(true);
    await click(choice('analyser-auto'));
    await click(page.button('Save'));
    await until(() => expect(page.container.textContent).toContain('Saved.'));
    const saved = await readSettings();
    expect([saved.analyser, saved.comprehend.enabled]).toEqual(['auto', true]);
  });
});
