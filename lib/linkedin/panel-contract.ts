/**
 * The composer watcher and the panel are two content scripts sharing one isolated world (the page
 * cannot see it). The panel, injected later, registers itself here and the watcher calls it; the
 * watcher registers what the keyboard shortcut does, which the background runs in that world.
 */
export interface PanelApi {
  /** Frames the panel into `slot`, for the composer holding it; with `generate`, the person pressed our button (a free image starts, a paid one waits for a press in the panel). */
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

/** Symbol.for's key, as a string: the background's injected function cannot import this module. */
export const SHORTCUT_KEY = 'post-to-image.shortcut';

export function provideShortcut(open: () => unknown): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(SHORTCUT_KEY)] = open;
}

/** Symbol.for's key of what the popup's Copy diagnostics runs in the tab (the watcher's, then the panel's). */
export const DIAGNOSTICS_KEY = 'post-to-image.diagnostics';

export function provideDiagnostics(report: () => string): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(DIAGNOSTICS_KEY)] = report;
}
