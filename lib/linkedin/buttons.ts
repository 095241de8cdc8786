import { isShown } from './composer';

/** The buttons a person could press in `container`, in document order. */
export function buttonsIn(container: Element): HTMLButtonElement[] {
  return Array.from(container.querySelectorAll('button')).filter(isShown);
}

/** LinkedIn's dialogs and tools end with their forward button (Next, Add, Done): the last one on screen. */
export function lastButton(container: Element): HTMLButtonElement | undefined {
  return buttonsIn(container).at(-1);
}
