import type { Composer } from './composer';
import { HOST_TAG } from './selectors';
import { composerTheme } from './theme';

export interface ComposerHost {
  button: HTMLButtonElement;
  slot: HTMLElement;
}

const BUTTON_STYLE = `
:host { display: block; margin: 8px 16px; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.generate { display: inline-flex; align-items: center; gap: 6px; padding: 6px 14px; border-radius: 16px; cursor: pointer;
  border: 1px solid #0a66c2; background: transparent; color: #0a66c2; font: 600 14px/1.4 inherit; }
.generate:hover { background: rgba(10, 102, 194, 0.08); }
.generate:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
:host([data-theme="dark"]) .generate { color: #71b7fb; border-color: #71b7fb; }
`;

const hosts = new WeakMap<Element, ComposerHost>();

/** Drawn, not an emoji: emoji fonts are missing on many Linux desktops. */
function sparkleIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M12 2l2.2 6.3L20 10l-5.8 1.7L12 18l-2.2-6.3L4 10l5.8-1.7zM19 15l1 2.6 2.5.9-2.5.9L19 22l-1-2.6-2.5-.9 2.5-.9z');
  svg.append(path);
  return svg;
}

/** Where our host goes: right under the editor's block, so the button sits by the text it reads. */
function insertionPoint(composer: Composer): { parent: Element; before: Node | null } {
  const block = composer.editor.parentElement;
  if (block && block !== composer.dialog && composer.dialog.contains(block) && block.parentElement) {
    return { parent: block.parentElement, before: block.nextSibling };
  }
  return { parent: composer.dialog, before: null };
}

/** The dialog's "Generate image" button, created once per dialog node (LinkedIn replaces nodes). */
export function ensureHost(composer: Composer, onGenerate: (host: ComposerHost) => void): { host: ComposerHost; created: boolean } {
  const existing = composer.dialog.querySelector(HOST_TAG);
  const known = existing && hosts.get(existing);
  if (known) return { host: known, created: false };

  const element = composer.dialog.ownerDocument.createElement(HOST_TAG);
  element.dataset.theme = composerTheme(composer.dialog);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = composer.dialog.ownerDocument.createElement('style');
  style.textContent = BUTTON_STYLE;
  const button = composer.dialog.ownerDocument.createElement('button');
  button.type = 'button';
  button.className = 'generate';
  button.append(sparkleIcon(composer.dialog.ownerDocument), 'Generate image');
  button.setAttribute('aria-label', 'Generate image');
  const slot = composer.dialog.ownerDocument.createElement('div');
  shadow.append(style, button, slot);

  const host = { button, slot };
  hosts.set(element, host);
  button.addEventListener('click', (event) => {
    // LinkedIn closes its dialog on some clicks that bubble out of it; this one is ours.
    event.stopPropagation();
    // Only a person (mouse, keyboard, assistive tech) starts a paid generation, never the page's script.
    if (event.isTrusted) onGenerate(host);
  });
  const { parent, before } = insertionPoint(composer);
  parent.insertBefore(element, before);
  return { host, created: true };
}
