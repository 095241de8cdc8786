import { browser } from 'wxt/browser';
import { UserFacingError } from '../errors';
import type { ImageWork } from './image-work';

/** The script WXT builds from entrypoints/image-work.ts, and the global it leaves its work in. */
const SCRIPT_PATH = '/image-work.js';
const GLOBAL_NAME = '__postToImageWork';

type WorkerGlobals = typeof globalThis & {
  [GLOBAL_NAME]?: ImageWork;
  /** Only in workers: Chrome's service worker; Firefox runs the background as a page. */
  importScripts?: (...urls: string[]) => void;
};

const globals = globalThis as WorkerGlobals;

export function exposeImageWork(work: ImageWork): void {
  globals[GLOBAL_NAME] = work;
}

/**
 * A service worker may import a script after its first start only if it imported it while installing
 * (Chrome refuses new scripts later), so the install event imports it once.
 */
export function cacheImageWorkOnInstall(): void {
  const importScripts = globals.importScripts;
  if (!importScripts) return;
  globalThis.addEventListener('install', () => importScripts(SCRIPT_PATH));
}

let loading: Promise<ImageWork> | undefined;

/** Only a damaged install loses the script (or Chrome's copy of it): turning the extension off and on reinstalls its worker. */
const NOT_LOADED = 'Post to Image could not load its image tools. Turn it off and on again on your browser’s extensions page, then try again.';

/** The heavy work, evaluated once per worker life, on the first message that needs it. */
export function loadImageWork(): Promise<ImageWork> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw new UserFacingError(NOT_LOADED, 'not-loaded', { cause: error });
  });
  return loading;
}

async function load(): Promise<ImageWork> {
  if (!globals[GLOBAL_NAME]) {
    if (globals.importScripts) globals.importScripts(SCRIPT_PATH);
    else await appendScript(browser.runtime.getURL(SCRIPT_PATH));
  }
  const work = globals[GLOBAL_NAME];
  if (!work) throw new Error(`${SCRIPT_PATH} left nothing behind.`);
  return work;
}

/** Firefox's background page loads the script as any page does. */
function appendScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${SCRIPT_PATH} did not load.`));
    document.head.append(script);
  });
}
