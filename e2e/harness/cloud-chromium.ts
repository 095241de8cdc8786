import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startCloudEmulator } from './cloud-emulator';
import { launchRecordedChromium, type RecordedChromium, type Transcript } from './recorded-chromium';
import type { TestPage } from './types';

export interface CloudChromium {
  emulator: RunningEmulator;
  browser: RecordedChromium;
  transcript: Transcript;
  /** The options page, open for the whole block. */
  options: TestPage;
}

/**
 * For the describe block it is called in: the cloud emulator (reset before each test) and a recorded
 * Chromium with the options page open, both closed after the block. Read the fields inside tests.
 */
export function useCloudChromium(): CloudChromium {
  const cloud = {} as CloudChromium;
  beforeAll(async () => {
    cloud.emulator = await startCloudEmulator();
    ({ browser: cloud.browser, transcript: cloud.transcript } = await launchRecordedChromium());
    cloud.options = await cloud.browser.openExtensionPage('/options.html');
  });
  beforeEach(() => cloud.emulator.reset());
  afterAll(async () => {
    await cloud.browser?.close();
    await cloud.emulator?.close();
  });
  return cloud;
}
