// Finds Debian's Chromium and Firefox ESR, installing them with apt-get when we are root and they are missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../e2e/harness/paths';

const BROWSERS = { chromium: CHROMIUM_PATH, 'firefox-esr': FIREFOX_PATH };
type DebianPackage = keyof typeof BROWSERS;

export function ensureBrowsers(packages: DebianPackage[] = ['chromium', 'firefox-esr']): void {
  const missing = packages.filter((name) => !existsSync(BROWSERS[name]));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing browsers: ${missing.join(', ')}. Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`Installing ${missing.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
