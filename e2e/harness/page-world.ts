/**
 * Page functions for security tests: they run in the LinkedIn page's own world, with only what any
 * script on LinkedIn has (the DOM, open shadow roots, window messages), never the extension's APIs.
 */

type PageWindow = Window & { __deep(selector: string): Element[]; __seenOfOurs?: string[] };

/**
 * Tries every way a page script has to reach the extension other than pressing our button: each
 * message of our protocol posted to the window in the shapes messaging libraries use, custom events
 * on our host, its shadow root's button and the document, clicks on every part of our UI but the
 * button, and the keyboard shortcut typed by script.
 */
export function pretendToBeTheExtension(): void {
  const page = window as unknown as PageWindow;
  const [host] = page.__deep('post-to-image-host');
  const root = host?.shadowRoot;
  const analysis = { languageCode: 'en', languageScore: 1, sentiment: 'POSITIVE', sentimentScore: { Positive: 1, Negative: 0, Neutral: 0, Mixed: 0 }, keyPhrases: [], entities: [], analyser: 'local', note: '' };
  const job = { jobId: 'made-by-the-page', prompt: 'a picture the page asked for', headline: 'page', analysis, style: 'photo', format: 'square', count: 4 };
  const messages: [string, unknown][] = [
    ['generateImage', job],
    ['resumeGeneration', { jobId: job.jobId }],
    ['preparePrompt', { draft: 'from the page', style: 'photo', format: 'square', extraWords: '' }],
    ['panelContext', undefined],
    ['unlockSecrets', { passphrase: 'a guess' }],
    ['saveImageToS3', { imageId: 'made-by-the-page', postText: '' }],
    ['injectPanel', undefined],
  ];
  for (const [type, data] of messages) {
    for (const shape of [{ type, data }, { id: 1, type, data, timestamp: Date.now() }, { message: { type, data } }]) {
      window.postMessage(shape, '*');
      window.postMessage(JSON.stringify(shape), '*');
    }
  }
  const targets = [host, root?.querySelector('button'), document, window].filter((target) => target != null);
  for (const target of targets) {
    for (const name of ['generate', 'generateImage', 'post-to-image:generate', 'message']) {
      target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: job }));
    }
  }
  for (const element of [host, ...Array.from(root?.querySelectorAll(':not(button):not(button *)') ?? [])]) {
    element?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  }
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'I', code: 'KeyI', altKey: true, shiftKey: true, bubbles: true }));
  // The watcher's shortcut and the panel's API hang on the isolated world's global, which is not this one.
  const shared = window as unknown as Record<symbol, { show?: (...args: unknown[]) => void } | (() => void) | undefined>;
  (shared[Symbol.for('post-to-image.shortcut')] as (() => void) | undefined)?.();
  (shared[Symbol.for('post-to-image.panel')] as { show?: (...args: unknown[]) => void } | undefined)?.show?.(document.body, { generate: true });
}

/** Keeps what our shadow root shows at every change (markup and field values), as a watching page script could. */
export function startWatchingOurDom(): void {
  const page = window as unknown as PageWindow;
  const seen: string[] = (page.__seenOfOurs = []);
  const root = page.__deep('post-to-image-host')[0]?.shadowRoot;
  if (!root) throw new Error('No Post to Image host on this page.');
  const look = () => {
    seen.push(root.innerHTML);
    root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea').forEach((field) => seen.push(field.value));
  };
  new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  look();
}

/** All a page script can read now: the document, every open shadow root, field values, its storage, and what was watched. */
export function everythingThePageCanRead(): string {
  const page = window as unknown as PageWindow;
  const roots = page.__deep('*').flatMap((element) => (element.shadowRoot ? [element.shadowRoot.innerHTML] : []));
  const fields = page.__deep('input, textarea').map((field) => (field as HTMLInputElement).value);
  const stored = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`));
  return [document.documentElement.outerHTML, ...roots, ...fields, ...stored, document.cookie, ...(page.__seenOfOurs ?? [])].join('\n');
}

/**
 * What a hostile script on LinkedIn tries against the framed panel: script clicks and key presses on
 * our button and on the frame, styles that stretch our button over the whole page (so a
 * person's next click meant for the page lands on them), fake host messages with its own port and
 * token, and reading the frame's document. Returns what it managed to read.
 */
export function attackThePanel(): string[] {
  const page = window as unknown as PageWindow;
  const [host] = page.__deep('post-to-image-host');
  const root = host?.shadowRoot;
  const button = root?.querySelector('button');
  const frame = root?.querySelector('iframe');
  for (const target of [button, frame, host]) {
    if (!target) continue;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    for (const key of ['Enter', ' ']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
  }
  button?.click();
  const style = document.createElement('style');
  style.textContent = 'button { position: fixed !important; inset: 0 !important; width: 100vw !important; height: 100vh !important; opacity: 0 !important; z-index: 2147483647 !important; }';
  root?.append(style);
  const read: string[] = [];
  for (let index = 0; index < window.frames.length; index++) {
    const channel = new MessageChannel();
    window.frames[index]!.postMessage({ type: 'post-to-image:connect', token: crypto.randomUUID() }, '*', [channel.port2]);
    channel.port1.postMessage({ type: 'attach', imageId: 'page', image: {} });
    try {
      read.push(window.frames[index]!.document.body.innerHTML);
    } catch {
      // Cross-origin: what the page should get.
    }
  }
  const contents = frame?.contentDocument?.body?.innerHTML;
  if (contents !== undefined) read.push(contents);
  return read;
}

/** Takes the styles attackThePanel injected away again. */
export function removeInjectedStyles(): void {
  const root = (window as unknown as PageWindow).__deep('post-to-image-host')[0]?.shadowRoot;
  root?.querySelectorAll('style:not(:first-child)').forEach((style) => style.remove());
}
