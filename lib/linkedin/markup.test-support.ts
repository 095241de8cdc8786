/** LinkedIn's two share boxes and its messaging box, as an extension meets them (for unit tests). */
export const CLASSIC_DIALOG = `
<div class="artdeco-modal-overlay" data-test-modal-id="sharebox">
  <div role="dialog" class="artdeco-modal share-box-v2__modal" aria-labelledby="share-to-linkedin-modal__header">
    <h2 id="share-to-linkedin-modal__header">Skapa inlägg</h2>
    <div class="share-creation-state">
      <div class="editor-container">
        <div class="ql-editor" contenteditable="true" role="textbox" data-test-ql-editor-contenteditable="true"><p>First line</p><p>Second line</p></div>
      </div>
      <div class="share-creation-state__preview-container"></div>
      <button class="artdeco-button share-promoted-detour-button" aria-label="Lägg till media"><svg><use href="#image-medium"></use></svg></button>
    </div>
  </div>
</div>`;

export const SDUI_DIALOG = `
<dialog open class="_k3j2 _p9x1" aria-label="Beitrag erstellen">
  <div class="_q1" data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose">
    <div class="_w2"><div class="ProseMirror _e4" componentkey="ShareBox_textEditor" contenteditable="true" role="textbox"><p>Hallo</p><p></p><p>Welt</p></div></div>
    <div class="_r5"></div>
    <button class="_t6" aria-label="Medieninhalte" aria-haspopup="dialog"><svg id="image-medium" data-token-id="_z1"><path d="M0 0h24v24H0z"></path></svg></button>
  </div>
</dialog>`;

export const MESSAGING_BOX = `
<aside class="msg-overlay-container">
  <div role="dialog" class="msg-overlay-conversation-bubble">
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>Hi there</p></div>
  </div>
</aside>`;

export const PLACEHOLDER_DIALOG = `
<div class="artdeco-modal-overlay" data-test-modal-id="sharebox"><div role="dialog" class="artdeco-modal"><div class="artdeco-loader">…</div></div></div>`;

/** Mounts the classic share box the way LinkedIn does: inside an open shadow root under <body>. */
export function mountClassic(doc: Document, html = CLASSIC_DIALOG): ShadowRoot {
  const outlet = doc.createElement('div');
  outlet.id = 'interop-outlet';
  outlet.setAttribute('data-testid', 'interop-shadowdom');
  doc.body.append(outlet);
  const root = outlet.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

export function withoutClassNames(html: string): string {
  return html.replace(/\sclass="[^"]*"/g, '');
}

/** A post-detail modal whose classic comment box carries the share box's editor hooks (BR 2025-04). */
export const POST_DETAIL_WITH_COMMENT_BOX = `
<div role="dialog" class="artdeco-modal feed-shared-update-detail-viewer">
  <div class="comments-comment-box"><div class="comments-comment-texteditor">
    <div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content" data-test-ql-editor-contenteditable="true"><p></p></div>
    <button aria-label="Add a photo"><svg data-test-icon="image-medium"><use href="#image-medium"></use></svg></button>
  </div></div>
</div>`;

/** Dialogs that are in the page but not shown: a closed <dialog role=dialog> and a hidden video.js one. */
export const HIDDEN_DIALOGS = `
<dialog role="dialog" aria-label="Ad options"><div contenteditable="true" role="textbox" componentkey="ShareBox_textEditor"></div></dialog>
<div role="dialog" class="vjs-modal-dialog vjs-hidden" hidden><div contenteditable="true" role="textbox" componentkey="ShareBox_textEditor"></div></div>`;
