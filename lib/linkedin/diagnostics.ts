import { composerRoots, findComposers, isShown, queryEveryRoot, type Composer } from './composer';
import { DIALOGS, FILE_INPUT } from './selectors';

const MAX_DEPTH = 14;
const MAX_LINES = 400;

/** Attributes whose values are LinkedIn's own machine names (hooks we know), never the user's words. */
const HOOK_VALUES = ['role', 'aria-haspopup', 'aria-modal', 'contenteditable', 'type', 'data-testid', 'data-test-modal-id', 'data-sdui-screen', 'componentkey', 'data-view-name', 'data-test-icon'];
/** Class names worth showing: LinkedIn's readable classic ones; SDUI's are hashed noise. */
const KNOWN_CLASS = /^(share|artdeco|media|comments|msg|ql|vjs|update|feed)[-_]/;
/** Ids that are icon names or hooks of ours (svg#image-medium, #share-to-linkedin-modal__header). */
const KNOWN_ID = /^(image|images|alt-text|add|close|share-to-linkedin|interop|artdeco)[-_a-z]*$/;

/** One element as a line: tag, hook values, the names of other data-* attributes; never text, labels or URLs. */
function describe(element: Element): string {
  const parts = [element.tagName.toLowerCase()];
  if (element.id && KNOWN_ID.test(element.id)) parts.push(`#${element.id}`);
  const classes = Array.from(element.classList).filter((name) => KNOWN_CLASS.test(name));
  if (classes.length > 0) parts.push(`.${classes.join('.')}`);
  for (const attribute of Array.from(element.attributes)) {
    if (HOOK_VALUES.includes(attribute.name)) parts.push(`[${attribute.name}=${attribute.value.slice(0, 80)}]`);
    else if (attribute.name.startsWith('data-')) parts.push(`[${attribute.name}]`);
  }
  if (element.hasAttribute('aria-label')) parts.push('[aria-label]');
  if ((element as HTMLButtonElement).disabled) parts.push('[disabled]');
  if (element.tagName === 'DIALOG' && (element as HTMLDialogElement).open) parts.push('[open]');
  if (!isShown(element)) parts.push('(hidden)');
  if (element.shadowRoot) parts.push('(open shadow root)');
  return parts.join('');
}

function skeleton(element: Element, depth: number, lines: string[]): void {
  if (lines.length >= MAX_LINES || depth > MAX_DEPTH) return;
  lines.push(`${'  '.repeat(depth)}${describe(element)}`);
  const children = [...Array.from(element.children), ...Array.from(element.shadowRoot?.children ?? [])];
  for (const child of children) if (!['SCRIPT', 'STYLE', 'PATH'].includes(child.tagName.toUpperCase())) skeleton(child, depth + 1, lines);
}

export interface DiagnosticsContext {
  extensionVersion: string;
  failedStage?: string;
}

/**
 * What a user can paste into a bug report when attaching fails: the markup skeleton of the composer area (tags,
 * roles, aria-haspopup, the names of data-* attributes, the values of the hooks we know), versions and the stage
 * that failed. Never the draft, names, labels, links or image data.
 */
export function composerDiagnostics(doc: Document, composer: Composer | undefined, context: DiagnosticsContext): string {
  const browser = (doc.defaultView?.navigator.userAgent.match(/(Firefox|Chrome|Chromium|Edg|Safari)\/[\d.]+/g) ?? []).join(' ');
  const dialogs = queryEveryRoot(doc, DIALOGS);
  const lines = [
    'Post to Image diagnostics',
    `extension ${context.extensionVersion}; browser ${browser || 'unknown'}`,
    `page ${doc.location?.pathname ?? ''}`,
    `failed stage: ${context.failedStage ?? 'none'}`,
    `composers found: ${findComposers(doc).length}; dialogs: ${dialogs.length} (${dialogs.filter(isShown).length} shown); shadow roots by the composer: ${composerRoots(doc).length - 1}`,
    '',
  ];
  const inputs = queryEveryRoot(doc, FILE_INPUT);
  lines.splice(-1, 0, `file inputs: ${inputs.length} (${inputs.filter((input) => input.closest(DIALOGS)).length} in a dialog)`);
  const others = dialogs.filter((dialog) => isShown(dialog) && !composer?.dialog.contains(dialog));
  for (const area of composer ? [composer.dialog, ...others] : others) skeleton(area, 0, lines);
  return lines.join('\n');
}
