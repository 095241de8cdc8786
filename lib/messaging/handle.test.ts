import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { UserFacingError } from '../errors';
import { answerer } from './handle';
import { prepareRequest } from './schemas';

const fromLinkedIn = { id: browser.runtime.id, url: 'https://www.linkedin.com/feed/', tab: { id: 7 }, frameId: 0 };
const validDraft = { draft: 'We shipped it!', style: 'photo', format: 'square', extraWords: '' };

describe('answerer', () => {
  const echo = answerer<'preparePrompt', typeof prepareRequest>(prepareRequest, ['linkedin-tab'], async (data) => ({
    prompt: data.draft,
    headline: '',
    analysis: undefined as never,
    providerLabel: 'test',
    shape: { layouts: ['headline'] },
  }));

  it('answers a valid message from a LinkedIn tab', async () => {
    await expect(echo({ data: validDraft, sender: fromLinkedIn })).resolves.toMatchObject({ ok: true, value: { prompt: 'We shipped it!' } });
  });

  it('refuses messages from other sites, other extensions and pages not allowed for this message', async () => {
    for (const sender of [
      { ...fromLinkedIn, url: 'https://evil.example/' },
      { ...fromLinkedIn, id: 'another-extension' },
      { id: browser.runtime.id, url: `${browser.runtime.getURL('/')}options.html` },
    ]) {
      await expect(echo({ data: validDraft, sender })).resolves.toMatchObject({ ok: false, code: 'refused' });
    }
  });

  it('refuses malformed data', async () => {
    for (const data of [undefined, 'draft', { ...validDraft, style: 'neon' }, { ...validDraft, draft: 'x'.repeat(200_001) }]) {
      await expect(echo({ data, sender: fromLinkedIn })).resolves.toMatchObject({ ok: false, code: 'refused' });
    }
  });

  it('passes on a user-facing sentence and hides anything else', async () => {
    const failing = (error: Error) => answerer(v.unknown(), ['linkedin-tab'], async () => Promise.reject(error));
    await expect(failing(new UserFacingError('Check your key.', 'bad-key'))({ data: 1, sender: fromLinkedIn })).resolves.toEqual({
      ok: false,
      code: 'bad-key',
      sentence: 'Check your key.',
    });
    const hidden = await failing(new Error('secret sk-123 leaked'))({ data: 1, sender: fromLinkedIn });
    expect(hidden).toMatchObject({ ok: false, code: 'unexpected' });
    expect(JSON.stringify(hidden)).not.toContain('sk-123');
  });
});
