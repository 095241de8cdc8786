// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Composer } from './composer';
import { mountClassic, PLACEHOLDER_DIALOG, CLASSIC_DIALOG, SDUI_DIALOG } from './markup.test-support';
import { watchComposers } from './watch';

const stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

describe('watchComposers', () => {
  it('sees a composer that mounts late, replacing its placeholder inside a shadow root', async () => {
    const root = mountClassic(document, PLACEHOLDER_DIALOG);
    const seen = vi.fn<(composers: Composer[]) => void>();
    watchComposers(document, seen, stop.signal);
    expect(seen).toHaveBeenLastCalledWith([]);
    root.innerHTML = CLASSIC_DIALOG;
    await vi.waitFor(() => expect(seen.mock.lastCall?.[0]).toHaveLength(1));
  });

  it('sees a native dialog opened after the page loaded, and its closing', async () => {
    const seen = vi.fn<(composers: Composer[]) => void>();
    watchComposers(document, seen, stop.signal);
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    await vi.waitFor(() => expect(seen.mock.lastCall?.[0]).toHaveLength(1));
    document.querySelector('dialog')!.remove();
    await vi.waitFor(() => expect(seen.mock.lastCall?.[0]).toEqual([]));
  });
});
