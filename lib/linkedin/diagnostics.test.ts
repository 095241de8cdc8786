// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposers } from './composer';
import { composerDiagnostics } from './diagnostics';
import { mountClassic, SDUI_DIALOG } from './markup.test-support';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('composerDiagnostics', () => {
  it('shows the markup skeleton and the hooks we know, and none of the draft, names or image data', () => {
    document.body.insertAdjacentHTML('beforeend', SDUI_DIALOG);
    mountClassic(document);
    const composer = findComposers(document).find((c) => c.editor.matches('[componentkey]'))!;
    composer.editor.insertAdjacentHTML('beforeend', '<p>Call me at +46 70 123 45 67, Anna Svensson</p>');
    composer.dialog.insertAdjacentHTML('beforeend', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Anna’s photo"><button aria-label="Anna Svensson">Anna Svensson</button>');
    const report = composerDiagnostics(document, composer, { extensionVersion: '0.1.0', failedStage: 'media-control-missing' });

    expect(report).toContain('failed stage: media-control-missing');
    expect(report).toContain('extension 0.1.0');
    expect(report).toContain('[componentkey=ShareBox_textEditor]');
    expect(report).toContain('[data-sdui-screen=com.linkedin.sdui.flagshipnav.sharing.ShareCompose]');
    expect(report).toContain('svg#image-medium[data-token-id]');
    expect(report).toContain('[aria-haspopup=dialog]');
    for (const secret of ['Hallo', 'Welt', 'Anna', '46 70', 'iVBOR', 'data:image', 'Medieninhalte', 'First line']) expect(report).not.toContain(secret);
  });
});
