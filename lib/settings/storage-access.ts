import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

/**
 * The keys live in storage.local, which browsers open to content scripts by default. Chrome can close
 * it to the extension's own pages and worker; Firefox only allows that for storage.session, so there the
 * optional passphrase is what keeps the keys unreadable. Answers whether storage.local is now closed.
 */
export async function keepStorageFromContentScripts(): Promise<boolean> {
  const local = browser.storage.local as AccessLevelArea;
  if (!local.setAccessLevel) return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false; // Firefox: "only supported for storage.session"
  }
}
