import { createServer, type AddressInfo } from 'node:net';
import { DetectKeyPhrasesCommand, DetectSentimentCommand } from '@aws-sdk/client-comprehend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from './server';
import { comprehendClientFor } from './emulator.test-support';
import type { RequestLog } from './types';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const post = (path: string, body: unknown) => fetch(`${emulator.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
const sentiment = new DetectSentimentCommand({ Text: 'A good day for a good team.', LanguageCode: 'en' });

describe('emulator server', () => {
  it('listens on 127.0.0.1 at the port it was given', async () => {
    const port = await freePort();
    const other = await startEmulator({ port });
    try {
      expect(other.url).toBe(`http://127.0.0.1:${port}`);
    } finally {
      await other.close();
    }
  });

  it('answers preflights permissively, naming Authorization explicitly', async () => {
    const response = await fetch(emulator.url, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-amz-target' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,x-amz-target');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('adds CORS headers to every answer, and says when no service matches', async () => {
    const response = await fetch(`${emulator.url}/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ message: 'No emulated service answers GET /nothing-here.' });
  });

  it('takes knobs over HTTP, logs calls, and resets', async () => {
    const set = await post('/__emulator/knobs', { latencyMs: 5, faults: [{ service: 'comprehend', error: 'ThrottlingException', times: 2 }] });
    expect(await set.json()).toEqual({ latencyMs: 5, faults: [{ service: 'comprehend', error: 'ThrottlingException', times: 2 }] });
    const client = comprehendClientFor(emulator);
    await expect(client.send(sentiment)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(emulator.knobs.faults).toEqual([{ service: 'comprehend', error: 'ThrottlingException', times: 1 }]);

    const log = (await (await fetch(`${emulator.url}/__emulator/log`)).json()) as RequestLog[];
    expect(log).toEqual([expect.objectContaining({ service: 'comprehend', operation: 'DetectSentiment', status: 400, fault: 'ThrottlingException' })]);
    expect(log[0]!.endedAt! - log[0]!.startedAt).toBeGreaterThan(0);

    expect((await post('/__emulator/reset', {})).status).toBe(204);
    expect(emulator.knobs).toEqual({ latencyMs: 0, faults: [] });
    expect(emulator.log).toEqual([]);
  });

  it('refuses a knob update it cannot read', async () => {
    const response = await post('/__emulator/knobs', { latencyMs: -1 });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/^Bad knob update/);
  });

  it('aims a fault at one operation only', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', operation: 'DetectKeyPhrases', error: 'AccessDeniedException' });
    const client = comprehendClientFor(emulator);
    await expect(client.send(sentiment)).resolves.toBeDefined();
    await expect(client.send(new DetectKeyPhrasesCommand({ Text: 'good team', LanguageCode: 'en' }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  it('logs concurrent calls as overlapping when latency holds them open', async () => {
    emulator.knobs.latencyMs = 100;
    const client = comprehendClientFor(emulator);
    await Promise.all([client.send(sentiment), client.send(new DetectKeyPhrasesCommand({ Text: 'good team', LanguageCode: 'en' }))]);
    const [first, second] = emulator.log;
    expect(second!.startedAt).toBeLessThan(first!.endedAt!);
    expect(first!.startedAt).toBeLessThan(second!.endedAt!);
  });

  describe('the wire’s faults, for any service', () => {
    let wired: RunningEmulator;
    beforeAll(async () => {
      wired = await startEmulator({ openaiKeys: ['sk-test-wire'] });
    });
    afterAll(() => wired.close());

    /** One OpenAI image call, as plain HTTP, with `fault` queued for it. */
    const call = (fault: string) => {
      wired.knobs.faults.push({ service: 'openai', error: fault });
      return fetch(`${wired.url}/v1/images/generations`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-test-wire', 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-image-2', prompt: 'a lighthouse', size: '1024x1024', quality: 'low' }),
      });
    };

    it('a gateway’s 429 in its own JSON, not the service’s error shape', async () => {
      const throttled = await call('gateway_throttled');
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('x-amzn-errortype')).toBeNull();
      expect(await throttled.json()).toEqual({ message: 'Too Many Requests' });
    });

    it('a load balancer’s 502 page', async () => {
      const page = await call('gateway_html');
      expect([page.status, page.headers.get('content-type')]).toEqual([502, 'text/html']);
      expect(await page.text()).toContain('<h1>502 Bad Gateway</h1>');
    });

    it('an empty 200', async () => {
      const empty = await call('empty_body');
      expect([empty.status, await empty.text()]).toEqual([200, '']);
    });

    it('the service’s own answer cut half way, its connection dropped', async () => {
      const cut = await call('cut_body');
      expect(cut.status).toBe(200);
      expect(Number(cut.headers.get('content-length'))).toBeGreaterThan(0);
      await expect(cut.text()).rejects.toThrow();
      await expect.poll(() => wired.openCalls()).toEqual([]);
    });
  });

  it('never answers a timeout fault, and still closes', async () => {
    const held = await startEmulator();
    held.knobs.faults.push({ service: 'comprehend', error: 'timeout' });
    const pending = comprehendClientFor(held).send(sentiment);
    await expect.poll(() => held.log.length).toBe(1);
    expect(held.log[0]).toMatchObject({ fault: 'timeout', status: 0 });
    expect(held.log[0]!.endedAt).toBeUndefined();
    expect(held.openCalls()).toHaveLength(1);
    await held.close();
    await expect(pending).rejects.toThrow();
  });
});

/** A port nobody listens on right now: the system picks it, then lets it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
