import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImageWork } from './image-work';

/** Each test gets a fresh module (its once-per-life promise) and a clean global. */
async function freshLoader() {
  vi.resetModules();
  return import('./load-image-work');
}

const work = { preparePrompt: vi.fn() } as unknown as ImageWork;

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>).__postToImageWork;
});

describe('loadImageWork in a service worker', () => {
  it('imports the image-work script once, on first use, and answers what it exposed', async () => {
    const { exposeImageWork, loadImageWork } = await freshLoader();
    const importScripts = vi.fn(() => exposeImageWork(work));
    vi.stubGlobal('importScripts', importScripts);
    expect(importScripts).not.toHaveBeenCalled();
    expect(await loadImageWork()).toBe(work);
    expect(await loadImageWork()).toBe(work);
    expect(importScripts).toHaveBeenCalledTimes(1);
    expect(importScripts).toHaveBeenCalledWith('/image-work.js');
  });

  it('does not evaluate the script twice when the install event already imported it', async () => {
    const { cacheImageWorkOnInstall, exposeImageWork, loadImageWork } = await freshLoader();
    const importScripts = vi.fn(() => exposeImageWork(work));
    vi.stubGlobal('importScripts', importScripts);
    const worker = new EventTarget(); // Node's global is not one
    vi.stubGlobal('addEventListener', worker.addEventListener.bind(worker));
    cacheImageWorkOnInstall();
    worker.dispatchEvent(new Event('install'));
    expect(importScripts).toHaveBeenCalledTimes(1);
    expect(await loadImageWork()).toBe(work);
    expect(importScripts).toHaveBeenCalledTimes(1);
  });

  it('fails with a sentence saying what to do, and tries again on the next message, when the script cannot load', async () => {
    const { exposeImageWork, loadImageWork } = await freshLoader();
    const importScripts = vi.fn((): void => {
      throw new DOMException('importScripts() of new scripts after service worker installation is not allowed.', 'NetworkError');
    });
    vi.stubGlobal('importScripts', importScripts);
    await expect(loadImageWork()).rejects.toMatchObject({ code: 'not-loaded', message: expect.stringContaining('Turn it off and on again') });
    importScripts.mockImplementation(() => exposeImageWork(work));
    expect(await loadImageWork()).toBe(work);
  });
});
