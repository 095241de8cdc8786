import type { Composer } from './composer';

/**
 * The composer watcher and the panel are two content scripts sharing one isolated world (the page
 * cannot see it). The panel, injected later, registers itself here and the watcher calls it; the
 * watcher registers what the keyboard shortcut does, which the background runs in that world.
 */
export interface PanelApi {
  /** Frames the panel into `slot` for `composer`; with `generate`, the person pressed our button (a free image starts, a paid one waits for a press in the panel). */
  show(slot: HTMLElement, options: { generate: boolean; composer: Composer }): void;
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

export function provideShortcut(open: () => void): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(SHORTCUT_KEY)] = open;
}
