// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposers, readDraft } from './composer';
import { CLASSIC_DIALOG, MESSAGING_BOX, mountClassic, PLACEHOLDER_DIALOG, SDUI_DIALOG, withoutClassNames } from './markup.test-fixtures';

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
});

describe('readDraft', () => {
  it('reads one line per paragraph, empty paragraphs included', () => {
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    const composer = findComposers(document)[0];
    expect(composer && readDraft(composer)).toBe('Hallo\n\nWelt');
  });
});
