import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_BUILD = `${root}.output/chrome-mv3`;
export const FIREFOX_BUILD = `${root}.output/firefox-mv3`;
