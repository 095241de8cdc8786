import { describe, expect, it } from 'vitest';
import { applyModelSwitch, modelSwitchFor } from './model-switch';
import { DEFAULT_SETTINGS, settingsFrom } from './schema';

describe('the panel’s switch to a model that works', () => {
  it('never names a shut-down model', () => {
    expect(modelSwitchFor(DEFAULT_SETTINGS, 'openai', '2026-12-04')).toMatchObject({ model: 'gpt-image-2.5-sunburst', label: 'GPT Image 2.5 Sunburst' });
    const onGptImage2 = settingsFrom({ openai: { model: 'gpt-image-2' } });
    expect(modelSwitchFor(onGptImage2, 'openai', '2027-02-10')).toMatchObject({ model: 'gpt-image-2.5-flare' });
  });

  it('takes a Bedrock model to a region that offers it', () => {
    const canvas = settingsFrom({ bedrock: { model: 'amazon.nova-canvas-v1:0', region: 'eu-west-1' } });
    const change = modelSwitchFor(canvas, 'bedrock', '2026-12-04')!;
    expect(change).toEqual({ provider: 'bedrock', model: 'stability.stable-image-core-v1:1', region: 'us-west-2', label: 'Stable Image Core (us-west-2)' });
    expect(applyModelSwitch(canvas, change).bedrock).toMatchObject({ model: 'stability.stable-image-core-v1:1', region: 'us-west-2' });
    expect(modelSwitchFor(DEFAULT_SETTINGS, 'bedrock', '2026-12-04')).toMatchObject({ model: 'us.amazon.nova-2-omni-v1:0', region: 'us-west-2' });
    expect(modelSwitchFor(DEFAULT_SETTINGS, 'offline')).toBeUndefined();
  });
});
