import {
  COMMENT_EDITOR_LABEL,
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

/**
 * The document and every open shadow root in it, nested ones too: LinkedIn's media editor can mount its own
 * root inside the outlet's (X5), and SDUI may put the composer in one (X7). Slower than composerRoots: only
 * for the moments of attaching.
 */
export function everyRoot(doc: Document): QueryRoot[] {
  const roots: QueryRoot[] = [];
  const visit = (root: QueryRoot) => {
    roots.push(root);
    for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(doc);
  return roots;
}

export function queryEveryRoot(doc: Document, selector: string): Element[] {
  return everyRoot(doc).flatMap((root) => Array.from(root.querySelectorAll(selector)));
}

/** On screen: not a closed <dialog>, not hidden by the page's styles (stale and video.js dialogs linger). */
export function isShown(element: Element): boolean {
  if (element.tagName === 'DIALOG' && !(element as HTMLDialogElement).open) return false;
  if (element.closest('[hidden]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function isShareBox(dialog: Element, editor: Element): boolean {
  if (editor.closest(NOT_COMPOSER) || COMMENT_EDITOR_LABEL.test(editor.getAttribute('aria-label') ?? '')) return false;
  if (dialog.matches(SHARE_BOX_HOOKS) || dialog.querySelector(SHARE_BOX_HOOKS)) return true;
  if (dialog.closest(SHARE_BOX_WRAPPERS)) return true;
  const title = dialog.querySelector('h1, h2, h3')?.textContent?.trim() ?? dialog.getAttribute('aria-label') ?? '';
  return SHARE_BOX_TITLE_HINT.test(title);
}

/** The open post composers in one root, outermost dialogs only; hidden and closed dialogs are skipped. */
export function findComposersIn(root: QueryRoot): Composer[] {
  const found: Composer[] = [];
  for (const dialog of Array.from(root.querySelectorAll(DIALOGS))) {
    const editor = dialog.querySelector<HTMLElement>(EDITOR);
    if (editor && isShown(dialog) && isShareBox(dialog, editor) && !found.some((c) => c.dialog.contains(dialog))) {
      found.push({ dialog, editor });
    }
  }
  return found;
}

/** Every open post composer on the page (LinkedIn shows one at a time; tests may show more). */
export function findComposers(doc: Document): Composer[] {
  return composerRoots(doc).flatMap(findComposersIn);
}

/** The composer holding `node` (our host, or a slot in its shadow root): the panel's own, not the first one found. */
export function composerContaining(doc: Document, node: Node | undefined): Composer | undefined {
  const chain: Node[] = [];
  for (let at: Node | undefined = node; at?.isConnected; at = (at.getRootNode() as ShadowRoot).host) {
    chain.push(at);
    if (!(at.getRootNode() instanceof ShadowRoot)) break;
  }
  return findComposers(doc).find((composer) => chain.some((at) => composer.dialog.contains(at)));
}

/** The draft as the user wrote it: one line per paragraph. */
export function readDraft(composer: Composer): string {
  const { editor } = composer;
  const paragraphs = Array.from(editor.querySelectorAll('p'));
  const lines = paragraphs.length > 0 ? paragraphs.map((p) => p.textContent ?? '') : (editor.innerText ?? editor.textContent ?? '').split('\n');
  return lines.join('\n').replace(/\s+$/, '');
}
