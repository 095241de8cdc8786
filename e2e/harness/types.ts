/** What an end-to-end test needs from a browser with the unpacked extension, whichever browser it is. */
export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** Opens the project's LinkedIn stand-in at https://www.linkedin.com/feed/?query. */
  openStandin(query?: string): Promise<TestPage>;
  /** Opens one of the extension's own pages, e.g. '/options.html'. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  /** Runs `fn` in the page's own world (where the stand-in's test hooks live). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs `fn` inside our panel, the extension page framed into the composer (the first one on the
   * page); where no panel is framed yet, in the page's own world, where panel selectors find nothing.
   */
  evaluateInPanel<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * A real (trusted) mouse click at the centre of the first element the deep selector (and text) finds:
   * in the page, else in our panel's frame.
   */
  click(deepSelector: string, text?: string): Promise<void>;
  /** Real key presses into the focused element. */
  type(text: string): Promise<void>;
  /** A real key chord into the focused element, e.g. 'Control+V' (a paste from the browser's clipboard). */
  press(chord: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** The page's viewport size in CSS pixels, e.g. a common laptop's 1280×800. */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * As if the system's appearance were switched: what `prefers-color-scheme` answers. Chromium only:
   * Firefox's WebDriver BiDi cannot emulate media features.
   */
  emulateColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}
