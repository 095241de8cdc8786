import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, LOGO_MAX_BYTES, SettingsSchema, settingsFrom } from './schema';
import { readSettings } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgo=';
const { brand: _brand, ...beforeBrand } = DEFAULT_SETTINGS;
const storedBeforeBrand = { ...beforeBrand, provider: 'offline', s3: { ...DEFAULT_SETTINGS.s3, bucket: 'my-images' } };

describe('brand settings', () => {
  it('default to no colours, no logo and the headline card', () => {
    expect(DEFAULT_SETTINGS.brand).toEqual({ primary: '', accent: '', logoDataUrl: '', template: 'auto' });
  });

  it('fill in for settings stored before they existed, keeping everything else', async () => {
    expect(settingsFrom(storedBeforeBrand)).toEqual({ ...storedBeforeBrand, brand: DEFAULT_SETTINGS.brand });
    await fakeBrowser.storage.local.set({ settings: storedBeforeBrand, settings$: { v: 2 } });
    expect(await readSettings()).toEqual({ ...storedBeforeBrand, brand: DEFAULT_SETTINGS.brand });
  });

  it('keep what is valid and replace what is damaged, field by field', () => {
    const brand = settingsFrom({ brand: { primary: '#0A66C2', accent: 'orange', logoDataUrl: PNG_DATA_URL, template: 'poster' } }).brand;
    expect(brand).toEqual({ primary: '#0A66C2', accent: '', logoDataUrl: PNG_DATA_URL, template: 'auto' });
  });

  it('take the key-phrases card of earlier settings as the list card', () => {
    expect(settingsFrom({ brand: { template: 'key-phrases' } }).brand.template).toBe('list');
  });

  it('refuse a logo larger than the limit, or one that is not a PNG, JPEG or SVG data URL', () => {
    // The base64 of a file 1 KB over the limit.
    const tooLarge = `data:image/png;base64,${'A'.repeat(Math.ceil((LOGO_MAX_BYTES + 1024) / 3) * 4)}`;
    for (const logoDataUrl of [tooLarge, 'data:image/gif;base64,R0lGODlh', 'https://example.com/logo.png']) {
      expect(settingsFrom({ brand: { logoDataUrl } }).brand.logoDataUrl).toBe('');
    }
    expect(settingsFrom({ brand: { logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' } }).brand.logoDataUrl).not.toBe('');
  });

  it('name the wrong field in an import instead of replacing it', () => {
    const result = v.safeParse(SettingsSchema, { brand: { primary: 'navy' } });
    expect(result.success).toBe(false);
    expect(result.issues && v.getDotPath(result.issues[0])).toBe('brand.primary');
  });
});
