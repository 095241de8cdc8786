import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { keepStorageFromContentScripts } from './storage-access';

type Area = { setAccessLevel?: unknown };
const local = browser.storage.local as unknown as Area;

afterEach(() => {
  delete local.setAccessLevel;
});

describe('keepStorageFromContentScripts', () => {
  it('closes storage.local to everything but the extension’s own pages and worker where the browser can (Chrome)', async () => {
    local.setAccessLevel = vi.fn(async () => undefined);
    expect(await keepStorageFromContentScripts()).toBe(true);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('says so where the browser cannot (Firefox refuses it for storage.local; older browsers lack it)', async () => {
    local.setAccessLevel = vi.fn(async () => {
      throw new Error('This method is only supported for storage.session.');
    });
    expect(await keepStorageFromContentScripts()).toBe(false);
    delete local.setAccessLevel;
    expect(await keepStorageFromContentScripts()).toBe(false);
  });
});
