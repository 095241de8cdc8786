import { browser } from 'wxt/browser';
import { UserFacingError } from '../errors';
import { installChooserGuard, PICKER_EVENT, removeChooserGuard } from '../linkedin/chooser-guard';
import type { MessageSender } from '../messaging/guard';

/** Puts the showPicker() guard into (or out of) the page's own world of the frame that is attaching. */
export async function guardFileChooser(sender: MessageSender, on: boolean): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new UserFacingError('Post to Image can only attach on a LinkedIn tab.', 'no-tab');
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  await (on
    ? browser.scripting.executeScript({ target, world: 'MAIN', func: installChooserGuard, args: [PICKER_EVENT] })
    : browser.scripting.executeScript({ target, world: 'MAIN', func: removeChooserGuard }));
  return null;
}
