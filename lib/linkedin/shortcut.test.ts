// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ensureHost } from './host';
import { SDUI_DIALOG } from './markup.test-support';
import { HOST_TAG } from './selectors';
import { focusGenerateButton } from './shortcut';
import { watchComposers } from './watch';

const stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

function focusedButtonLabel(): string | null | undefined {
  return document.querySelector(HOST_TAG)?.shadowRoot?.activeElement?.getAttribute('aria-label');
}

describe('focusGenerateButton', () => {
  it('opens a closed composer through LinkedIn’s launcher, then focuses Generate image', async () => {
    document.body.innerHTML = '<div data-view-name="share-sharebox-focus" role="button">Start a post</div>';
    document.querySelector('[data-view-name]')!.addEventListener('click', () => document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG));
    watchComposers(document, (composers) => composers.forEach((composer) => ensureHost(composer, () => undefined)), stop.signal);
    await focusGenerateButton(document);
    expect(focusedButtonLabel()).toBe('Generate image');
  });

  it('focuses the button of a composer that is already open', async () => {
    document.body.innerHTML = SDUI_DIALOG;
    watchComposers(document, (composers) => composers.forEach((composer) => ensureHost(composer, () => undefined)), stop.signal);
    await focusGenerateButton(document);
    expect(focusedButtonLabel()).toBe('Generate image');
  });
});
