import {
  DIALOGS,
  EDITOR,
  NOT_COMPOSER,
  SHADOW_HOSTS,
  SHARE_BOX_HOOKS,
  SHARE_BOX_TITLE_HINT,
  SHARE_BOX_WRAPPERS,
} from './selectors';

/** The post composer as found right now. LinkedIn replaces these nodes often: find again, never cache. */
export interface Composer {
  dialog: Element;
  editor: HTMLElement;
}

export type QueryRoot = Document | ShadowRoot;

/** The document plus the open shadow roots LinkedIn renders its classic composer into. */
export function composerRoots(doc: Document): QueryRoot[] {
  const roots: QueryRoot[] = [doc];
  const hosts = new Set<Element>(doc.querySelectorAll(SHADOW_HOSTS));
  // LinkedIn mounts its outlets straight under <body>; their ids could change, their place has not.
  for (const child of Array.from(doc.body?.children ?? [])) hosts.add(child);
  for (const host of hosts) if (host.shadowRoot) roots.push(host.shadowRoot);
  return roots;
}

export function queryAllRoots(doc: Document, selector: string): Element[] {
  return composerRoots(doc).flatMap((root) => Array.from(root.querySelectorAll(selector)));
}

function isShareBox(dialog: Element, editor: Element): boolean {
  if (editor.closest(NOT_COMPOSER)) return false;
  if (dialog.matches(SHARE_BOX_HOOKS) || dialog.querySelector(SHARE_BOX_HOOKS)) return true;
  if (dialog.closest(SHARE_BOX_WRAPPERS)) return true;
  const title = dialog.querySelector('h1, h2, h3')?.textContent?.trim() ?? dialog.getAttribute('aria-label') ?? '';
  return SHARE_BOX_TITLE_HINT.test(title);
}

/** Every open post composer on the page (LinkedIn shows one at a time; tests may show more). */
export function findComposers(doc: Document): Composer[] {
  const found: Composer[] = [];
  for (const dialog of queryAllRoots(doc, DIALOGS)) {
    const editor = dialog.querySelector<HTMLElement>(EDITOR);
    if (editor && isShareBox(dialog, editor) && !found.some((c) => c.dialog.contains(dialog))) {
      found.push({ dialog, editor });
    }
  }
  return found;
}

/** A dialog of the composer's flow: the compose view, or the media step that replaces or covers it. */
export function findComposerFlowDialogs(doc: Document): Element[] {
  return queryAllRoots(doc, DIALOGS).filter(
    (dialog) => !dialog.closest(NOT_COMPOSER) && (dialog.matches(SHARE_BOX_HOOKS) || dialog.querySelector(SHARE_BOX_HOOKS) || dialog.closest(SHARE_BOX_WRAPPERS) || dialog.querySelector('input[type="file"]')),
  );
}

/** The draft as the user wrote it: one line per paragraph. */
export function readDraft(editor: HTMLElement): string {
  const paragraphs = Array.from(editor.querySelectorAll('p'));
  const lines = paragraphs.length > 0 ? paragraphs.map((p) => p.textContent ?? '') : (editor.innerText ?? editor.textContent ?? '').split('\n');
  return lines.join('\n').replace(/\s+$/, '');
}
