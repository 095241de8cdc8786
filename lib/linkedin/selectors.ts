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

/**
 * Hooks of the share box: any one of them marks a dialog as the post composer. Not the Quill editor's
 * `data-test-ql-editor-contenteditable`: classic comment boxes carry it too, with the same label (BR 2025-04; X4 2026-05).
 * `componentkey=ShareBox_textEditor` and `data-sdui-screen=…ShareCompose` (X8 2026-07/10, SC, SF 2026-09-29); the
 * classic modal's header id, `data-test-modal-id` (on the dialog itself, X2 2026-06-26) and class (X1).
 */
export const SHARE_BOX_HOOKS = [
  '[componentkey*="ShareBox" i]',
  '[data-sdui-screen*="ShareCompose"]',
  '[data-view-name^="share-"]',
  '#share-to-linkedin-modal__header',
  '[data-test-modal-id="sharebox"]',
  '.share-box-v2__modal',
].join(', ');

/** Composer ancestors that mark a share box from outside the dialog (the classic modal's wrapper). */
export const SHARE_BOX_WRAPPERS = '[data-test-modal-id="sharebox"]';

/**
 * Boxes that look like editors but are not the post composer: never touched. Messaging (X17, 2026-06), and
 * comment boxes: classic `.comments-comment-box` / `.comments-comment-texteditor` (BR 2025-04), SDUI Tiptap
 * `componentkey^=commentBox-` in `ui-core-tiptap-text-editor-wrapper` (X2 2026-06, X20).
 */
export const NOT_COMPOSER = [
  '.msg-overlay-container',
  '.msg-form',
  '[data-view-name^="messaging"]',
  'aside',
  '.comments-comment-box',
  '.comments-comment-texteditor',
  '[componentkey^="commentBox" i]',
  '[data-testid="ui-core-tiptap-text-editor-wrapper"]',
].join(', ');

/** SDUI comment editors are named "Text editor for creating comment" (X2, X20). */
export const COMMENT_EDITOR_LABEL = /comment/i;

/** Last-resort English hint when a dialog carries none of the hooks above. */
export const SHARE_BOX_TITLE_HINT = /^(create|start) a post$/i;

/**
 * LinkedIn's media icon in every shape it comes in, matched inside the composer dialog before any label:
 * classic `svg[data-test-icon=image-medium] > use[href="#image-medium"]` (BR saved feed 2025-04; X5 2026-09-04),
 * SDUI an inline `<svg id="image-medium">` with no `<use>` (X9 live 2026-09-05; WC #23835 2026-06-21; SC fixture).
 * The feed's `share-sharebox-bottom-bar-image` link is not inside the dialog (X9, X15), so it is not here.
 */
export const MEDIA_ICON = ['image-medium', 'image-small', 'images-medium']
  .flatMap((name) => [`svg[id="${name}"]`, `svg[data-test-icon="${name}"]`, `use[href="#${name}"]`])
  .join(', ');

/**
 * Last resorts for the media control when no icon is found: the classic detour class (Add media is the first
 * one, X13, X6 2026-09-23), then labels: "Add media", "Media", "Photo" (X8 2026-07/2026-10, SC), "Medieninhalte",
 * "Mediendatei hinzufügen" (SF 2026-10-09), "Medias"/"Médias" (X9 2026-09-05).
 */
export const MEDIA_BUTTON_HINTS = [
  '.share-promoted-detour-button',
  'button[aria-label*="media" i]',
  'button[aria-label*="médi" i]',
  'button[aria-label*="medien" i]',
  'button[aria-label*="photo" i]',
  'button[aria-label*="foto" i]',
].join(', ');

/** The link preview card: while it is in the SDUI composer there is no Media control (X8 live 2026-10). */
export const LINK_PREVIEW = '[componentkey="ShareBoxpreviewCard"]';

/** LinkedIn's "Start a post" box on the feed, which opens the composer. */
export const COMPOSER_LAUNCHER = '[data-view-name="share-sharebox-focus"], .share-box-feed-entry__trigger';

export const FILE_INPUT = 'input[type="file"]';

/** Images LinkedIn shows for attached media (it uses object URLs for local files). */
export const ATTACHED_IMAGE = 'img[src^="blob:"], img[src^="data:"]';

/** Where the media step shows LinkedIn's own rejection of a file. */
export const MEDIA_ERROR = '[role="alert"], .artdeco-empty-state__message, [class*="error" i]';

/**
 * The media editor's alt-text tool: classic `svg[data-test-icon=alt-text-medium]` (X5, X13), SDUI a text-only
 * button "Alt text" / "Alternativer Text" (SF 2026-10-09), hence the word as a last resort.
 */
export const ALT_TEXT_ICON = 'svg[data-test-icon^="alt-text"], svg[id^="alt-text"], use[href^="#alt-text"]';
export const ALT_TEXT_HINT = /\balt/i;

/** Class hints for the media step's primary ("Next") button, used before trying state changes. */
export const PRIMARY_BUTTON_HINT = '.share-box-footer__primary-btn, .artdeco-button--primary';

/** Where our button goes: the post editor's block, so it sits right under the text. */
export const HOST_TAG = 'post-to-image-host';
