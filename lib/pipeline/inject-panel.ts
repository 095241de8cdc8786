import { browser } from 'wxt/browser';
import { UserFacingError } from '../errors';
import type { MessageSender } from '../messaging/guard';
import { sendMessage } from '../messaging/protocol';

/** The panel's React bundle, built by WXT from entrypoints/composer-panel.content as a runtime script. */
const PANEL_SCRIPT = '/content-scripts/composer-panel.js';

/** Loads the panel into the frame whose composer asked for it, only once a composer is open. */
export async function injectPanel(sender: MessageSender): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new UserFacingError('Post to Image can only open on a LinkedIn tab.', 'no-tab');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PANEL_SCRIPT],
  });
  return null;
}

/**
 * Whether our content script in the sender's own tab handed out this token: the frame then knows the
 * port that came with it is its host's, not a page's (a page can post to any frame, but cannot send
 * extension messages, and the browser, not the frame, says which tab a message comes from).
 */
export async function verifyPanelToken(token: string, sender: MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  return (await sendMessage('isPanelToken', { token }, tabId).catch(() => false)) === true;
}
