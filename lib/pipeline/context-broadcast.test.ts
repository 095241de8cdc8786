import { describe, expect, it } from 'vitest';
import { changesPanelContext } from './context-broadcast';

describe('changesPanelContext', () => {
  it('notices the settings, the keys and the keys’ lock, nothing else', () => {
    expect(changesPanelContext({ settings: {} }, 'local')).toBe(true);
    expect(changesPanelContext({ secrets: {} }, 'local')).toBe(true);
    expect(changesPanelContext({ secretsKey: {} }, 'session')).toBe(true);
    expect(changesPanelContext({ preferences: {} }, 'local')).toBe(false);
    expect(changesPanelContext({ settings: {} }, 'sync')).toBe(false);
  });
});
