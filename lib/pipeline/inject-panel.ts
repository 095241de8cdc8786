import { browser } from 'wxt/browser';
import { UserFacingError } from '../errors';
import type { MessageSender } from '../messaging/guard';

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
