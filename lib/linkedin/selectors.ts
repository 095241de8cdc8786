/**
 * Everything Post to Image knows about LinkedIn's markup, in one place. LinkedIn localizes its labels and
 * renames its classes every build, so structure and language-neutral hooks (roles, contenteditable,
 * data-test / componentkey / data-view-name attributes, icon symbol ids) come first; class names and
 * English words are last-resort hints, and nothing breaks when they are missing.
 */

/** Hosts whose open shadow roots hold LinkedIn's classic ("interop") composer. */
export const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';

export const DIALOGS = 'dialog[open], [role="dialog"]';

export const EDITOR = '[contenteditable="true"][role="textbox"]';

/** Hooks that only the share box carries: any one of them marks a dialog as the post composer. */
export const SHARE_BOX_HOOKS = [
  '[data-test-ql-editor-contenteditable]',
  '[componentkey*="ShareBox" i]',
  '[data-sdui-screen*="ShareCompose"]',
  '[data-view-name^="share-"]',
  '#share-to-linkedin-modal__header',
  '[data-test-modal-id="sharebox"]',
  '.share-box-v2__modal',
].join(', ');

/** Composer ancestors that mark a share box from outside the dialog (the classic modal's wrapper). */
export const SHARE_BOX_WRAPPERS = '[data-test-modal-id="sharebox"]';

/** Boxes that look like editors but are not the post composer: never touched. */
export const NOT_COMPOSER = '.msg-overlay-container, .msg-form, [data-view-name^="messaging"], aside';

/** Last-resort English hint when a dialog carries none of the hooks above. */
export const SHARE_BOX_TITLE_HINT = /^(create|start) a post$/i;

/** LinkedIn's "Add media" control, from the most to the least stable hook. */
export const MEDIA_BUTTON = [
  '[data-view-name="share-sharebox-bottom-bar-image"]',
  'button:has(use[href="#image-medium"])',
  '.share-promoted-detour-button',
  'button[aria-label*="media" i]',
  'button[aria-label*="photo" i]',
].join(', ');

/** LinkedIn's "Start a post" box on the feed, which opens the composer. */
export const COMPOSER_LAUNCHER = '[data-view-name="share-sharebox-focus"], .share-box-feed-entry__trigger';

export const FILE_INPUT = 'input[type="file"]';

/** Images LinkedIn shows for attached media (it uses object URLs for local files). */
export const ATTACHED_IMAGE = 'img[src^="blob:"], img[src^="data:"]';

/** Where the media step shows LinkedIn's own rejection of a file. */
export const MEDIA_ERROR = '[role="alert"], .artdeco-empty-state__message, [class*="error" i]';

/** Class hints for the media step's primary ("Next") button, used before trying state changes. */
export const PRIMARY_BUTTON_HINT = '.share-box-footer__primary-btn, .artdeco-button--primary';

/** Where our button goes: the post editor's block, so it sits right under the text. */
export const HOST_TAG = 'post-to-image-host';
