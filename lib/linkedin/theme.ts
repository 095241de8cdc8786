/**
 * LinkedIn's dark mode is its own setting, not the system's, so our UI follows the composer's actual
 * background: the first opaque background colour from the dialog outwards.
 */
export function composerTheme(dialog: Element): 'light' | 'dark' {
  const view = dialog.ownerDocument.defaultView;
  for (let element: Element | null = dialog; element && view; element = element.parentElement ?? hostOf(element)) {
    const rgba = view.getComputedStyle(element).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (rgba && rgba.length >= 3 && (rgba[3] ?? 1) > 0.5) {
      const [r = 0, g = 0, b = 0] = rgba;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  return 'light';
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
