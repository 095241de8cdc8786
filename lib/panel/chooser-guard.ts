import { sendMessage } from '../messaging/protocol';

/**
 * Asks the worker to keep LinkedIn's showPicker() shut while attaching (lib/linkedin/chooser-guard.ts); resolves
 * with the undo, which takes the guard out once however often it is called.
 */
export async function guardChooser(): Promise<() => Promise<void>> {
  await sendMessage('guardFileChooser', { on: true });
  let removed: Promise<void> | undefined;
  return () => (removed ??= sendMessage('guardFileChooser', { on: false }).then(() => undefined));
}
