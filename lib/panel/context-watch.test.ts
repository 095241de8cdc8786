import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onPanelContextChange } from './context-watch';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('onPanelContextChange', () => {
  it('refreshes when the options save new settings or keys, not for anything else', async () => {
    const refresh = vi.fn();
    onPanelContextChange(refresh);
    await fakeBrowser.storage.local.set({ settings: { openai: { model: 'gpt-image-1' } } });
    await fakeBrowser.storage.local.set({ secrets: { openaiApiKey: 'sk-test' } });
    await fakeBrowser.storage.local.set({ preferences: { format: 'square' } });
    await fakeBrowser.storage.session.set({ settings: 'not the options' });
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('stops when unsubscribed (the panel is gone)', async () => {
    const refresh = vi.fn();
    onPanelContextChange(refresh)();
    await fakeBrowser.storage.local.set({ settings: {} });
    expect(refresh).not.toHaveBeenCalled();
  });
});
