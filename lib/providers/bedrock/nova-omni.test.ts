import { describe, expect, it } from 'vitest';
import { keptNovaOmniAnswer, readKeptNovaOmniAnswer } from './nova-omni';

describe("Nova 2 Omni's answer kept as text", () => {
  it('gives back the same image bytes and stop reason after the journal round trip', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 7]);
    const kept = keptNovaOmniAnswer({
      $metadata: {},
      stopReason: 'end_turn',
      output: { message: { role: 'assistant', content: [{ text: 'Here it is.' }, { image: { format: 'png', source: { bytes } } }] } },
      usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 },
      metrics: { latencyMs: 1 },
    });

    const read = readKeptNovaOmniAnswer(kept);

    expect(read.stopReason).toBe('end_turn');
    expect(read.output?.message?.content?.[1]?.image?.source?.bytes).toEqual(bytes);
    expect(read.output?.message?.content?.[0]?.text).toBe('Here it is.');
  });

  it('tells a cut answer as one that could not be read', () => {
    const kept = keptNovaOmniAnswer({ $metadata: {}, stopReason: 'end_turn', output: { message: { role: 'assistant', content: [] } }, usage: undefined, metrics: undefined });
    expect(() => readKeptNovaOmniAnswer(kept.slice(0, kept.length / 2))).toThrow('Amazon Bedrock sent an answer that could not be read — try again.');
  });
});
