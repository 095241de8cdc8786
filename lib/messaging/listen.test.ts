import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createListener } from './listen';

interface TestProtocol {
  ping(request: { n: number }): number;
  fail(): number;
}

const fromOurPage = { id: browser.runtime.id, url: `${browser.runtime.getURL('/')}popup.html` };
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'];

describe('the message listener', () => {
  beforeEach(() => fakeBrowser.reset());

  it('looks message names up as its own keys: prototype names get no answer', async () => {
    const listener = createListener<TestProtocol>();
    listener.onMessage('ping', ({ data }) => data.n + 1);
    await expect(listener.dispatch({ type: 'ping', data: { n: 1 }, id: 1, timestamp: 1 }, fromOurPage)).resolves.toEqual({ res: 2 });
    for (const type of PROTOTYPE_NAMES) {
      expect(listener.dispatch({ type, data: { n: 1 }, id: 1, timestamp: 1 }, fromOurPage)).toBeUndefined();
    }
    for (const malformed of [undefined, null, 'ping', 7, { type: 7 }, { data: {} }]) {
      expect(listener.dispatch(malformed, fromOurPage)).toBeUndefined();
    }
  });

  it('answers a handler’s failure with a fixed sentence, never its message or stack', async () => {
    const listener = createListener<TestProtocol>();
    listener.onMessage('fail', () => {
      throw new TypeError('internal detail sk-secret at handler (background.js:1:2)');
    });
    const answer = await listener.dispatch({ type: 'fail', data: undefined, id: 1, timestamp: 1 }, fromOurPage);
    const text = JSON.stringify(answer);
    expect(answer).toEqual({ err: { message: 'Post to Image could not answer this request.' } });
    expect(text).not.toMatch(/stack|sk-secret|background\.js|TypeError/);
  });

  it('keeps serving after malformed names', async () => {
    const listener = createListener<TestProtocol>();
    listener.onMessage('ping', ({ data }) => data.n * 2);
    for (const type of PROTOTYPE_NAMES) listener.dispatch({ type, data: {} }, fromOurPage);
    await expect(listener.dispatch({ type: 'ping', data: { n: 21 } }, fromOurPage)).resolves.toEqual({ res: 42 });
  });
});
