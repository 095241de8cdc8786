import { sendMessage } from '../messaging/protocol';

/** Asks the worker to keep LinkedIn's showPicker() shut while attaching (lib/linkedin/chooser-guard.ts); resolves with the undo. */
export async function guardChooser(): Promise<() => Promise<void>> {
  await sendMessage('guardFileChooser', { on: true });
  return async () => void (await sendMessage('guardFileChooser', { on: false }));
}
