import { type RefObject, useLayoutEffect } from 'react';

/** Never squeezed below this: on a very short window the page itself has to scroll. */
const MIN_HEIGHT_PX = 240;
const MARGIN_PX = 16;

/**
 * Ends the element where the window ends, so it scrolls itself: LinkedIn's composers differ in whether
 * they scroll, and a panel taller than what is left of the window (a comparison with its options open)
 * would otherwise be cut off below a dialog that cannot scroll. Refitted after each render, on resize,
 * and when anything around it scrolls.
 */
export function useFitToViewport(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const view = element.ownerDocument.defaultView ?? window;
    const fit = () => {
      const room = view.innerHeight - element.getBoundingClientRect().top - MARGIN_PX;
      const maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.round(room))}px`;
      if (element.style.maxHeight !== maxHeight) element.style.maxHeight = maxHeight; // the feed scrolls often
    };
    fit();
    view.addEventListener('resize', fit);
    view.addEventListener('scroll', fit, { capture: true, passive: true });
    return () => {
      view.removeEventListener('resize', fit);
      view.removeEventListener('scroll', fit, { capture: true });
    };
  });
}
