/**
 * Page-side helpers for tests, installed in every page before it loads. LinkedIn's classic composer and
 * our own UI live in shadow roots, so tests find elements through every open shadow root. Plain source
 * text, because transpilers (tsx) decorate functions in ways a page cannot run.
 */
export const INSTALL_DEEP_QUERY = `
if (!window.__deep) window.__deep = function (selector, text) {
  var found = [];
  (function visit(root) {
    found.push.apply(found, Array.from(root.querySelectorAll(selector)));
    for (var element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) visit(element.shadowRoot);
  })(document);
  return text === undefined || text === null ? found : found.filter(function (e) { return (e.textContent || '').trim() === text; });
};
// Scrolling may move the layout a moment later (the panel refits itself to the window), so the centre is
// taken once it holds still between two reads.
if (!window.__centreOf) window.__centreOf = function (selector, text) {
  var element = window.__deep(selector, text)[0];
  if (!element) return Promise.resolve(undefined);
  element.scrollIntoView({ block: 'center' });
  var centre = function () {
    var rect = element.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  };
  var settle = function (last, tries) {
    return new Promise(function (resolve) { setTimeout(resolve, 30); }).then(function () {
      var now = centre();
      return (now.x === last.x && now.y === last.y) || tries === 0 ? now : settle(now, tries - 1);
    });
  };
  return settle(centre(), 10);
};
if (!window.__control) window.__control = function (labelText, nth) {
  var labels = window.__deep('label').filter(function (l) { return (l.textContent || '').trim().indexOf(labelText) === 0; });
  var label = labels[nth || 0];
  return label ? label.control || label.querySelector('input, select, textarea') : undefined;
};
if (!window.__setControl) window.__setControl = function (labelText, nth, value) {
  var control = window.__control(labelText, nth);
  if (!control) throw new Error('No field labelled ' + labelText);
  if (control.type === 'checkbox') { if (control.checked !== value) control.click(); return; }
  // React watches the value property; the prototype's setter is what a user's edit goes through.
  var setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value').set;
  setter.call(control, value);
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
};`;

type CentreOf = { __centreOf(selector: string, text?: string): Promise<{ x: number; y: number } | undefined> };

/** Page function: the centre of the first matching element, scrolled into view, for a real mouse click. */
export const centreOf = ([selector, text]: readonly [string, string | undefined]) =>
  (window as unknown as CentreOf).__centreOf(selector, text ?? undefined);

export const GENERATE_BUTTON = 'button[aria-label="Generate image"]';

/** Whether a frame's address is our panel page's (Chrome's is at a per-session origin). */
export const isPanelFrameUrl = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/panel\.html(?:[?#]|$)/.test(url);

/** Page function: where our panel's frame sits in the page's viewport (our host's shadow root is open). */
export const panelFrameOffset = () => {
  const deep = (window as unknown as { __deep(selector: string): Element[] }).__deep;
  const frame = deep('post-to-image-host').flatMap((host) => Array.from(host.shadowRoot?.querySelectorAll('iframe') ?? []))[0];
  const rect = frame?.getBoundingClientRect();
  return rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
};
