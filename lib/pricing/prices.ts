import type { BedrockModelId } from '../providers/bedrock/models';
import { OPENAI_IMAGE_MODELS, OPENAI_QUALITIES, type OpenAIImageModel, type OpenAIQuality } from '../providers/openai/models';
import type { ProviderId } from '../providers/types';

/**
 * What an image costs, from the providers' public list prices in US dollars. Estimates only: taxes,
 * credits, negotiated prices and OpenAI's token-based billing of the prompt are left out.
 */

/** The day these prices were checked: when a provider changes its prices, change the table and this date. */
export const PRICES_AS_OF = '2026-12-04';

/** What the options or the provider's defaults ask Titan and Nova Canvas for. */
export type BedrockQuality = 'standard' | 'premium';

/** The price of an image up to a size, by the quality the provider is asked for. */
export interface PriceTier {
  /** Images up to this many pixels (width x height); the last tier also takes anything larger. */
  maxPixels: number;
  /** USD per image, by the quality value the provider's request carries. */
  usd: Readonly<Record<string, number>>;
}

const UP_TO_1024 = 1024 * 1024;

type GptPrices = Record<'low' | 'medium' | 'high', number>;

/**
 * GPT Image prices at 1024x1024 and at the larger sizes (1536x1024, 1024x1536). "auto" lets the model
 * choose, which can be high, so it is priced as high: the estimate must not fall short of the bill.
 */
function gptImage(upTo1024: GptPrices, larger: GptPrices): PriceTier[] {
  return [
    { maxPixels: UP_TO_1024, usd: { ...upTo1024, auto: upTo1024.high } },
    { maxPixels: Infinity, usd: { ...larger, auto: larger.high } },
  ];
}

/** One price whatever the size or quality. */
function flat(usd: number): PriceTier[] {
  return [{ maxPixels: Infinity, usd: { standard: usd, premium: usd } }];
}

function standardPremium(tiers: [maxPixels: number, standard: number, premium: number][]): PriceTier[] {
  return tiers.map(([maxPixels, standard, premium]) => ({ maxPixels, usd: { standard, premium } }));
}

const GPT_IMAGE_1 = gptImage({ low: 0.011, medium: 0.042, high: 0.167 }, { low: 0.016, medium: 0.063, high: 0.25 });

/** OpenAI's image-generation guide: 1024x1024, then 1536x1024 and 1024x1536 (providers-2026-12.md §2.1). */
const GPT_IMAGE_2 = gptImage({ low: 0.006, medium: 0.053, high: 0.211 }, { low: 0.005, medium: 0.041, high: 0.165 });

/**
 * Flare is billed by tokens at gpt-image-2's rates; at 1024x1024 that is about $0.006 / $0.013 / $0.053
 * (196 / 439 / 1,756 output tokens). Its wider sizes are not published (UNCONFIRMED): the square's
 * figures stand for them, as gpt-image-2's wider sizes cost less than its square.
 */
const GPT_IMAGE_2_5_FLARE = gptImage({ low: 0.006, medium: 0.013, high: 0.053 }, { low: 0.006, medium: 0.013, high: 0.053 });

const TITAN = standardPremium([
  [512 * 512, 0.008, 0.01],
  [Infinity, 0.01, 0.012],
]);

export const PRICES: {
  offline: readonly PriceTier[];
  openai: Readonly<Record<OpenAIImageModel, readonly PriceTier[]>>;
  bedrock: Readonly<Record<BedrockModelId, readonly PriceTier[]>>;
} = {
  /** The offline renderer draws on this device, whatever its model. */
  offline: flat(0),
  openai: {
    // The custom sizes for LinkedIn's formats stay under 1.5 megapixels, within the "larger" tier's reach.
    'gpt-image-2.5-flare': GPT_IMAGE_2_5_FLARE,
    'gpt-image-2.5-flare-2026-09-08': GPT_IMAGE_2_5_FLARE,
    // Sunburst uses more tokens an image than Flare; its per-image prices are not published (UNCONFIRMED):
    // gpt-image-2's stand for them.
    'gpt-image-2.5-sunburst': GPT_IMAGE_2,
    'gpt-image-2.5-sunburst-2026-09-08': GPT_IMAGE_2,
    'gpt-image-2': GPT_IMAGE_2,
    // Shut down: kept so images made with them keep their price in the history.
    'gpt-image-1.5': GPT_IMAGE_1,
    'gpt-image-1': GPT_IMAGE_1,
    'gpt-image-1-mini': gptImage({ low: 0.005, medium: 0.011, high: 0.036 }, { low: 0.006, medium: 0.015, high: 0.052 }),
    'dall-e-3': [
      { maxPixels: UP_TO_1024, usd: { standard: 0.04, hd: 0.08 } },
      { maxPixels: Infinity, usd: { standard: 0.08, hd: 0.12 } },
    ],
  },
  bedrock: {
    'amazon.titan-image-generator-v2:0': TITAN,
    'amazon.titan-image-generator-v1': TITAN,
    'amazon.nova-canvas-v1:0': standardPremium([
      [UP_TO_1024, 0.04, 0.06],
      [Infinity, 0.06, 0.08],
    ]),
    'stability.sd3-5-large-v1:0': flat(0.08),
    'stability.stable-image-core-v1:1': flat(0.04),
    // Long-standing list price; some 2026 tables show about $0.08 (UNCONFIRMED which applies): the higher is kept.
    'stability.stable-image-ultra-v1:1': flat(0.14),
    // Billed by tokens ($44 per million image-output tokens); AWS publishes no tokens per image, so this
    // assumes about 2,000 (UNCONFIRMED): check the bill.
    'us.amazon.nova-2-omni-v1:0': flat(0.09),
    'stability.stable-diffusion-xl-v1': flat(0.04),
  },
};

export interface CostQuestion {
  provider: ProviderId;
  model: string;
  width: number;
  height: number;
  /** The options' OpenAI quality, or Titan's and Nova Canvas's; absent means the provider's default. */
  quality?: OpenAIQuality | BedrockQuality;
  count: number;
}

/** The estimated price in USD of `count` images of this size from this model. */
export function estimateCostUsd({ provider, model, width, height, quality, count }: CostQuestion): number {
  const tiers = tiersOf(provider, model);
  // Only a model missing from the catalogues lands here (the tests price every catalogued one).
  if (!tiers) return 0;
  const tier = tiers.find((candidate) => width * height <= candidate.maxPixels) ?? tiers[tiers.length - 1]!;
  // A quality the table does not list is priced at the tier's highest, erring towards the bill.
  const each = tier.usd[priceKey(provider, model, quality)] ?? Math.max(...Object.values(tier.usd));
  return each * Math.max(0, count);
}

function tiersOf(provider: ProviderId, model: string): readonly PriceTier[] | undefined {
  if (provider === 'offline') return PRICES.offline;
  const byModel: Readonly<Record<string, readonly PriceTier[] | undefined>> = PRICES[provider];
  return Object.hasOwn(byModel, model) ? byModel[model] : undefined;
}

const isOpenAIQuality = (quality: string | undefined): quality is OpenAIQuality => (OPENAI_QUALITIES as readonly string[]).includes(quality ?? '');

const isOpenAIModel = (model: string): model is OpenAIImageModel => Object.hasOwn(OPENAI_IMAGE_MODELS, model);

/** The quality value the request carries: OpenAI's models each turn the options' setting into their own. */
function priceKey(provider: ProviderId, model: string, quality: CostQuestion['quality']): string {
  if (provider === 'openai' && isOpenAIModel(model)) return OPENAI_IMAGE_MODELS[model].quality(isOpenAIQuality(quality) ? quality : 'auto');
  return quality ?? 'standard';
}
