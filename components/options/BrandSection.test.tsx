// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LOGO_MAX_BYTES, type Settings } from '@/lib/settings/schema';
import { readSettings } from '@/lib/settings/store';
import { click, type render, type, until } from '../shared/render.test-support';
import { descriptionOf, renderOptionsPage } from './options-page.test-support';

let page: ReturnType<typeof render>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
});

afterEach(() => {
  page.unmount();
});

async function renderPage() {
  page = await renderOptionsPage();
}

const byId = <T extends HTMLElement>(id: string) => page.byId<T>(id);

async function savedBrand(): Promise<Settings['brand']> {
  await click(page.button('Save'));
  await until(() => expect(page.container.textContent).toContain('Saved.'));
  return (await readSettings()).brand;
}

/** As a user picks a file: the input's files change, then React hears the change event. */
async function chooseFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('the brand section', () => {
  it('has visible labels for both colours, the logo and the layout', async () => {
    await renderPage();
    const labels = [...page.find('section[aria-labelledby="brand-title"]').querySelectorAll('label')].map((label) => label.textContent);
    for (const label of ['Brand colour', 'Accent colour', 'Logo', 'Offline card layout']) expect(labels).toContain(label);
    expect(byId<HTMLInputElement>('brand-primary-picker').type).toBe('color');
  });

  it('explains a colour that is not #rrggbb, and saves only a valid one', async () => {
    await renderPage();
    const primary = byId<HTMLInputElement>('brand-primary');
    type(primary, 'navy');
    expect(primary.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(primary)).toContain('Write the colour as # and six hexadecimal digits, like #0a66c2, or leave it empty.');
    type(primary, '#0A66C2');
    expect(primary.getAttribute('aria-invalid')).toBeNull();
    expect(byId<HTMLInputElement>('brand-primary-picker').value.toLowerCase()).toBe('#0a66c2');
    expect(await savedBrand()).toMatchObject({ primary: '#0A66C2', accent: '' });
  });

  it('takes a colour from the picker into the text field', async () => {
    await renderPage();
    type(byId('brand-accent-picker'), '#f5c518');
    expect(byId<HTMLInputElement>('brand-accent').value).toBe('#f5c518');
    expect((await savedBrand()).accent).toBe('#f5c518');
  });

  it('shows the chosen logo, saves it as a data URL, and removes it', async () => {
    await renderPage();
    await chooseFile(byId('brand-logoDataUrl'), new File([PNG_BYTES], 'logo.png', { type: 'image/png' }));
    await until(() => expect(page.container.querySelector('img')).not.toBeNull());
    const preview = page.find<HTMLImageElement>('img');
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(preview.alt).not.toBe('');
    expect((await savedBrand()).logoDataUrl).toBe(preview.getAttribute('src'));

    await click(page.button('Remove logo'));
    expect(page.container.querySelector('img')).toBeNull();
    expect((await savedBrand()).logoDataUrl).toBe('');
  });

  it('says why a logo cannot be used: too large, or not a PNG, JPEG or SVG', async () => {
    await renderPage();
    const logo = byId<HTMLInputElement>('brand-logoDataUrl');
    await chooseFile(logo, new File([new Uint8Array(LOGO_MAX_BYTES + 50 * 1024)], 'huge.png', { type: 'image/png' }));
    await until(() => expect(logo.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(logo)).toContain('This file is 250 KB; a logo can be at most 200 KB.');

    await chooseFile(logo, new File([new Uint8Array(10)], 'logo.gif', { type: 'image/gif' }));
    await until(() => expect(descriptionOf(logo)).toContain('Choose a PNG, JPEG or SVG image.'));
    expect(page.container.querySelector('img')).toBeNull();
  });

  it('saves the chosen card layout', async () => {
    await renderPage();
    const layout = byId<HTMLSelectElement>('brand-template');
    expect([...layout.options].map((option) => option.value)).toEqual(['auto', 'headline', 'list', 'quote', 'number', 'question']);
    act(() => {
      layout.value = 'quote';
      layout.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await savedBrand()).template).toBe('quote');
  });
});
