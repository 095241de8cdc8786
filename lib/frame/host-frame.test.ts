// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ComposerActions } from './composer-glue';
import { framePanel, isOurToken, removePanels } from './host-frame';
import { CONNECT, type ConnectMessage } from './link';

const actions = { theme: () => 'light' } as unknown as ComposerActions;
const PANEL = { panelUrl: 'about:blank', panelOrigin: '*' };

/** Frames a panel into a fresh slot and returns the token the frame would be handed on load. */
function framed(): { slot: HTMLElement; token: string } {
  const slot = document.body.appendChild(document.createElement('div'));
  let token = '';
  framePanel(slot, actions, PANEL);
  const frame = slot.querySelector('iframe')!;
  // The hello goes to the frame's window on load: read its token there.
  Object.defineProperty(frame, 'contentWindow', { value: { postMessage: (hello: ConnectMessage) => (token = hello.type === CONNECT ? hello.token : '') } });
  frame.dispatchEvent(new Event('load'));
  return { slot, token };
}

describe('the host’s frames', () => {
  it('a frame LinkedIn removed stops vouching for its token once the next panel is framed', () => {
    const first = framed();
    expect(isOurToken(first.token)).toBe(true);
    first.slot.remove();
    const second = framed();
    expect([isOurToken(first.token), isOurToken(second.token)]).toEqual([false, true]);
    removePanels();
  });

  it('when the extension goes (update, disable), every frame leaves the page and no token counts', () => {
    const panels = [framed(), framed()];
    removePanels();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(panels.map(({ token }) => isOurToken(token))).toEqual([false, false]);
  });
});
