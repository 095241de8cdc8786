// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { composerContaining, findComposers, readDraft } from './composer';
import { mediaControl } from './media-step';
import { CLASSIC_DIALOG, HIDDEN_DIALOGS, MESSAGING_BOX, mountClassic, PLACEHOLDER_DIALOG, POST_DETAIL_WITH_COMMENT_BOX, SDUI_DIALOG, withoutClassNames } from './markup.test-support';

beforeEach(() => {
  document.body.innerHTML = MESSAGING_BOX;
});

describe('findComposers', () => {
  it('finds the classic share box inside LinkedIn’s shadow root, not the messaging box', () => {
    mountClassic(document);
    const composers = findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]?.editor.hasAttribute('data-test-ql-editor-contenteditable')).toBe(true);
  });

  it('finds the native-dialog share box', () => {
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    const composers = findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]?.editor.getAttribute('componentkey')).toBe('ShareBox_textEditor');
  });

  it('still finds both share boxes when every class name is gone', () => {
    document.body.innerHTML = withoutClassNames(MESSAGING_BOX + SDUI_DIALOG);
    mountClassic(document, withoutClassNames(CLASSIC_DIALOG));
    expect(findComposers(document)).toHaveLength(2);
  });

  it('ignores the placeholder dialog shown before the composer mounts', () => {
    mountClassic(document, PLACEHOLDER_DIALOG);
    expect(findComposers(document)).toEqual([]);
  });

  it('never takes the messaging box for a composer', () => {
    expect(findComposers(document)).toEqual([]);
  });

  it('never takes a comment box in a post-detail dialog for the share box, though it has the same editor hooks', () => {
    document.body.insertAdjacentHTML('beforeend', POST_DETAIL_WITH_COMMENT_BOX);
    expect(findComposers(document)).toEqual([]);
  });

  it('skips closed and hidden dialogs', () => {
    document.body.insertAdjacentHTML('beforeend', HIDDEN_DIALOGS);
    expect(findComposers(document)).toEqual([]);
  });
});

describe('composerContaining', () => {
  it('is the composer holding the node (through our host’s shadow root), not the first one on the page', () => {
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    const root = mountClassic(document);
    const host = document.createElement('div');
    root.querySelector('.editor-container')!.append(host);
    const slot = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    expect(composerContaining(document, slot)?.editor.hasAttribute('data-test-ql-editor-contenteditable')).toBe(true);
    expect(composerContaining(document, undefined)).toBeUndefined();
  });
});

describe('mediaControl', () => {
  it('finds the icon-only German SDUI Media button by its inline svg#image-medium', () => {
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    expect(mediaControl(findComposers(document)[0]!.dialog)?.getAttribute('aria-label')).toBe('Medieninhalte');
  });
});

describe('readDraft', () => {
  it('reads one line per paragraph, empty paragraphs included', () => {
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    const composer = findComposers(document)[0];
    expect(composer && readDraft(composer)).toBe('Hallo\n\nWelt');
  });
});
