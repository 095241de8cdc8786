/**
 * The composer watcher and the panel are two content scripts sharing one isolated world (the page
 * cannot see it). The panel, injected later, registers itself here and the watcher calls it.
 */
export interface PanelApi {
  /** Renders the panel into `slot`; with `generate`, also starts making an image for the draft. */
  show(slot: HTMLElement, options: { generate: boolean }): void;
}

const PANEL_KEY = Symbol.for('post-to-image.panel');

type Registry = { [PANEL_KEY]?: PanelApi };

export function providePanel(api: PanelApi): void {
  (globalThis as Registry)[PANEL_KEY] = api;
}

export function registeredPanel(): PanelApi | undefined {
  return (globalThis as Registry)[PANEL_KEY];
}
