import { describe, expect, it } from 'vitest';
import { http1Handler } from '../../emulator/bedrock/client.test-support';
import { DEFAULT_OPENAI_KEY } from '../../emulator/openai';
import { EMULATOR_KEYS, useEmulatorOn } from '../../emulator/emulator.test-support';
import { listBedrockImageModels } from '../providers/bedrock/listing';
import { DEFAULT_SETTINGS } from './schema';
import { EMPTY_SECRETS } from './secrets';
import { runServiceTest } from './service-check';

/** The Test buttons say what the provider's listing says is live today, with shutdown dates. */

const emulated = useEmulatorOn('2026-12-04');

describe('what the providers list as live', () => {
  it('Test OpenAI: GET /models, with the shutdown_date of each model', async () => {
    const settings = { ...DEFAULT_SETTINGS, openai: { ...DEFAULT_SETTINGS.openai, baseURL: `${emulated.emulator.url}/v1`, model: 'gpt-image-2' as const } };
    expect(await runServiceTest('openai', settings, { ...EMPTY_SECRETS, openaiApiKey: DEFAULT_OPENAI_KEY })).toEqual({
      ok: true,
      sentence: 'OpenAI is ready: gpt-image-2 is available. It shuts down on 2027-02-10: choose another model before then.',
      live: [
        'GPT Image 2.5 Flare',
        'GPT Image 2.5 Flare (2026-09-08 snapshot)',
        'GPT Image 2.5 Sunburst',
        'GPT Image 2.5 Sunburst (2026-09-08 snapshot)',
        'GPT Image 2 — shuts down on 2027-02-10',
      ],
    });
    expect(emulated.emulator.log.map((entry) => entry.operation)).toEqual(['models.retrieve', 'models.list']);
  });

  it('Bedrock: ListFoundationModels for the region, with lifecycle dates', async () => {
    const config = { region: 'us-west-2', endpoint: emulated.emulator.url, credentials: { kind: 'static', ...EMULATOR_KEYS } as const, model: 'stability.stable-image-core-v1:1' as const, requestHandler: http1Handler(), maxAttempts: 1 };
    expect((await listBedrockImageModels(config)).map((model) => model.id)).toEqual([
      'stability.stable-image-core-v1:1',
      'stability.stable-image-ultra-v1:1',
      'stability.sd3-5-large-v1:0',
      'us.amazon.nova-2-omni-v1:0',
    ]);
    emulated.emulator.knobs.today = '2026-06-01';
    expect(await listBedrockImageModels({ ...config, region: 'eu-west-1' })).toEqual([
      { id: 'amazon.nova-canvas-v1:0', label: 'Amazon Nova Canvas', shutdownDate: '2026-09-30', legacy: true },
    ]);
  });
});
