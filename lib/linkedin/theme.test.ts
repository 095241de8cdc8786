// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composerTheme } from './theme';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('composerTheme', () => {
  it('is dark when the composer sits on a dark background, light otherwise', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(29, 34, 38)"><div role="dialog"></div></div><div id="light" style="background-color: #fff"><div role="dialog"></div></div>';
    expect(composerTheme(document.querySelector('#dark [role=dialog]')!)).toBe('dark');
    expect(composerTheme(document.querySelector('#light [role=dialog]')!)).toBe('light');
  });

  it('looks through a shadow root to its host and defaults to light', () => {
    const host = document.createElement('div');
    host.style.backgroundColor = 'rgb(0, 0, 0)';
    document.body.append(host);
    const dialog = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(dialog);
    expect(composerTheme(dialog)).toBe('dark');
    expect(composerTheme(document.body)).toBe('light');
  });
});
