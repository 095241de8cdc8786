/** When LinkedIn will not take the image, the clipboard is the next best hand-over. */
export async function copyImageToClipboard(blob: Blob): Promise<boolean> {
  try {
    // Clipboards take PNG everywhere; other types are refused by some browsers.
    if (blob.type !== 'image/png' || typeof ClipboardItem === 'undefined') return false;
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return true;
  } catch {
    return false;
  }
}
