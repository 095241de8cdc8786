import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { provideShortcut } from '../linkedin/panel-contract';
import { openFromShortcut } from './shortcut';

type Injection = { target: unknown; func: (...args: unknown[]) => unknown; args: unknown[] };

afterEach(() => vi.restoreAllMocks());

describe('openFromShortcut', () => {
  it('runs what the composer watcher registered, in every frame of the tab', async () => {
    const open = vi.fn();
    provideShortcut(open); // as the watcher does in its isolated world (here: this test's global)
    const executeScript = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockImplementation((async ({ func, args }: Injection) => [{ frameId: 0, result: func(...args) }]) as never);
    await openFromShortcut(7);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, allFrames: true } }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('runs it again once the page has loaded, where opening the composer followed LinkedIn’s launcher link', async () => {
    const open = vi.fn().mockReturnValueOnce('navigating').mockReturnValue('focused');
    provideShortcut(open);
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async ({ func, args }: Injection) => [{ frameId: 0, result: func(...args) }]) as never);
    const opening = openFromShortcut(7);
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, { id: 7 } as never);
    await opening;
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('does nothing, quietly, in a tab that refuses the script (not LinkedIn)', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(openFromShortcut(8)).resolves.toBeUndefined();
  });
});
