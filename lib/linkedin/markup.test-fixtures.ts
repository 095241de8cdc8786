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
    <div id="ShareBoxpreviewCard" class="_r5"></div>
    <button class="_t6" data-view-name="share-sharebox-bottom-bar-image" aria-haspopup="dialog"><svg><use href="#image-medium"></use></svg></button>
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
