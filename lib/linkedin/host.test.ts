// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findComposers } from './composer';
import { ensureHost } from './host';
import { CLASSIC_DIALOG, mountClassic } from './markup.test-support';
import { HOST_TAG } from './selectors';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('ensureHost', () => {
  it('adds one "Generate image" button per dialog, under the editor', () => {
    const root = mountClassic(document);
    const composer = findComposers(document)[0]!;
    const first = ensureHost(composer, () => undefined);
    const second = ensureHost(composer, () => undefined);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(root.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(first.host.button.getAttribute('aria-label')).toBe('Generate image');
    expect(root.querySelector('.editor-container')?.nextElementSibling?.tagName.toLowerCase()).toBe(HOST_TAG);
  });

  it('adds a new button when LinkedIn replaces the dialog node', () => {
    const root = mountClassic(document);
    ensureHost(findComposers(document)[0]!, () => undefined);
    root.innerHTML = CLASSIC_DIALOG;
    const again = ensureHost(findComposers(document)[0]!, () => undefined);
    expect(again.created).toBe(true);
    expect(root.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('keeps the click from LinkedIn’s dialog and ignores clicks made by page script', () => {
    const root = mountClassic(document);
    const onGenerate = vi.fn();
    const dialogClick = vi.fn();
    root.querySelector('[role="dialog"]')!.addEventListener('click', dialogClick);
    ensureHost(findComposers(document)[0]!, onGenerate).host.button.click();
    expect(dialogClick).not.toHaveBeenCalled();
    // A script's click is untrusted: a page cannot start a paid generation (real clicks: e2e tests).
    expect(onGenerate).not.toHaveBeenCalled();
  });
});
