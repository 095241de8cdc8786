import { browser } from 'wxt/browser';

export type SenderKind = 'linkedin-tab' | 'extension-page';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

const LINKEDIN_ORIGIN = 'https://www.linkedin.com/';

/** Who sent a message, or undefined for anyone we do not talk to (other extensions, other sites). */
export function senderKind(sender: MessageSender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id || !sender.url) return undefined;
  if (sender.tab?.id !== undefined && sender.url.startsWith(LINKEDIN_ORIGIN)) return 'linkedin-tab';
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return 'extension-page';
  return undefined;
}
