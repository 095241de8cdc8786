import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { CHROME_BUILD, FIREFOX_BUILD } from './paths';
import type { ExtensionBrowser } from './types';

export const BROWSERS = ['chromium', 'firefox'] as const;

/** The built extension (npm test builds it first) in the named browser. */
export function launch(name: (typeof BROWSERS)[number]): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(CHROME_BUILD) : launchFirefox(FIREFOX_BUILD);
}
