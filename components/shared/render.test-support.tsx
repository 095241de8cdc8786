import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { vi } from 'vitest';

/** Rendering React pages in happy-dom tests, the way a user would meet them. */

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Lets pending work (storage, WebCrypto, IndexedDB) finish inside act(), so React applies its
 * updates, until `check` passes. No gap outside act() between tries: an update there would warn.
 */
export async function until(check: () => void, tries = 100): Promise<void> {
  for (let tried = 1; ; tried++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    try {
      return check();
    } catch (error) {
      if (tried >= tries) throw error;
    }
  }
}

/** As a user types: React listens for input events and reads the value through the native setter. */
export function type(input: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(target: HTMLElement): Promise<void> {
  await act(async () => target.click());
}

export function render(element: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));

  function find<T extends HTMLElement>(selector: string): T {
    const found = container.querySelector<T>(selector);
    if (!found) throw new Error(`Nothing matches ${selector}`);
    return found;
  }

  return {
    container,
    find,
    byId: <T extends HTMLElement>(id: string) => find<T>(`#${CSS.escape(id)}`),
    button(name: string): HTMLButtonElement {
      const found = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
      if (!found) throw new Error(`No button “${name}”`);
      return found;
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/**
 * Spies on URL.revokeObjectURL and lists every blob: URL revoked while an <img> in `container` still
 * showed it: such an image can fail to load (net::ERR_FILE_NOT_FOUND in a real browser).
 */
export function revokedWhileShown(container: HTMLElement): string[] {
  const found: string[] = [];
  const revoke = URL.revokeObjectURL.bind(URL);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    if ([...container.querySelectorAll('img')].some((img) => img.getAttribute('src') === url)) found.push(url);
    revoke(url);
  });
  return found;
}
