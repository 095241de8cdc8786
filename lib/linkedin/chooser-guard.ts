/**
 * LinkedIn's SDUI media step may open the OS file chooser with `input.showPicker()`, which sends no click an
 * isolated-world listener could cancel (X5's chooser guard had to patch it, 2026-09). For the moment of attaching,
 * the worker runs {@link installChooserGuard} in the page's own world (`scripting.executeScript`, world MAIN):
 * showPicker() on a file input then names the input with {@link PICKER_EVENT} and throws the error a browser
 * throws without a recent gesture, so no chooser opens and LinkedIn takes the file we give the input.
 * {@link removeChooserGuard} puts the page's own showPicker back. Both run in the page: no imports, no closures.
 */
export const PICKER_EVENT = 'post-to-image:file-picker';

export function installChooserGuard(eventName: string): void {
  const proto = HTMLInputElement.prototype as HTMLInputElement & Record<symbol, unknown>;
  const saved = Symbol.for('post-to-image.showPicker');
  if (proto[saved]) return;
  const original = proto.showPicker;
  proto[saved] = original;
  proto.showPicker = function showPicker(this: HTMLInputElement) {
    if (this.type !== 'file') return original.call(this);
    this.dispatchEvent(new CustomEvent(eventName, { bubbles: true, composed: true }));
    throw new DOMException('The file chooser is not available right now.', 'NotAllowedError');
  };
}

export function removeChooserGuard(): void {
  const proto = HTMLInputElement.prototype as HTMLInputElement & Record<symbol, unknown>;
  const saved = Symbol.for('post-to-image.showPicker');
  const original = proto[saved] as HTMLInputElement['showPicker'] | undefined;
  if (!original) return;
  proto.showPicker = original;
  delete proto[saved];
}
