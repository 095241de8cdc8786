import { browser } from 'wxt/browser';

/** panel-frame: our panel page framed into a LinkedIn tab (lib/frame); extension-page: the popup and options. */
export type SenderKind = 'linkedin-tab' | 'panel-frame' | 'extension-page';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

const LINKEDIN_ORIGIN = 'https://www.linkedin.com/';

/** The panel's page, which our content script frames into the composer (lib/frame). */
export const PANEL_PAGE = '/panel.html';

/** By path: Chrome serves the framed page at a per-session origin (use_dynamic_url), still under our id. */
function isPanelPage(url: string): boolean {
  const { protocol, pathname } = new URL(url);
  return (protocol === 'chrome-extension:' || protocol === 'moz-extension:') && pathname === PANEL_PAGE;
}

/** Who sent a message, or undefined for anyone we do not talk to (other extensions, other sites). */
export function senderKind(sender: MessageSender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id || !sender.url) return undefined;
  if (sender.tab?.id !== undefined && sender.url.startsWith(LINKEDIN_ORIGIN)) return 'linkedin-tab';
  if (sender.tab?.id !== undefined && isPanelPage(sender.url)) return 'panel-frame';
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return 'extension-page';
  return undefined;
}
