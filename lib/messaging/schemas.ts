import * as v from 'valibot';
import { MAX_POINT_CHARS, MAX_POINTS } from '../cards/post-shape';
import { FORMAT_IDS } from '../formats';
import { PROVIDER_IDS } from '../providers/types';
import { STYLE_IDS } from '../styles';
import { TEMPLATE_IDS } from '../templates';

/** Drafts longer than this are not LinkedIn posts (LinkedIn stops at 3,000 characters). */
export const MAX_DRAFT_CHARS = 100_000;
const MAX_PROMPT_CHARS = 32_000;

const formatId = v.picklist(FORMAT_IDS);
const styleId = v.picklist(STYLE_IDS);
const providerId = v.picklist(PROVIDER_IDS);
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

const sentimentScore = v.object({ Positive: v.number(), Negative: v.number(), Neutral: v.number(), Mixed: v.number() });

const analysis = v.object({
  languageCode: v.pipe(v.string(), v.maxLength(16)),
  languageScore: v.number(),
  sentiment: v.picklist(['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED']),
  sentimentScore,
  keyPhrases: v.pipe(
    v.array(v.object({ Text: v.string(), Score: v.number(), BeginOffset: v.number(), EndOffset: v.number() })),
    v.maxLength(50),
  ),
  entities: v.pipe(
    v.array(
      v.object({
        Text: v.string(),
        Score: v.number(),
        Type: v.picklist(['PERSON', 'LOCATION', 'ORGANIZATION', 'COMMERCIAL_ITEM', 'EVENT', 'DATE', 'QUANTITY', 'TITLE', 'OTHER']),
      }),
    ),
    v.maxLength(100),
  ),
  analyser: v.picklist(['local', 'comprehend']),
  note: v.pipe(v.string(), v.maxLength(500)),
});

const layoutId = v.picklist(TEMPLATE_IDS);
const cardText = v.pipe(v.string(), v.maxLength(1000));

/** lib/cards/post-shape.ts's PostShape, within the lengths its reader gives. */
const postShape = v.object({
  layouts: v.pipe(v.array(layoutId), v.minLength(1), v.maxLength(TEMPLATE_IDS.length)),
  list: v.optional(v.object({ title: cardText, points: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_POINT_CHARS))), v.maxLength(MAX_POINTS)) })),
  quote: v.optional(v.object({ sentence: cardText, attribution: v.optional(cardText) })),
  figure: v.optional(v.object({ value: v.pipe(v.string(), v.maxLength(100)), meaning: cardText })),
  question: v.optional(cardText),
});

export const prepareRequest = v.object({
  draft: v.pipe(v.string(), v.maxLength(MAX_DRAFT_CHARS)),
  style: styleId,
  format: formatId,
  extraWords: v.pipe(v.string(), v.maxLength(500)),
  compareWith: v.optional(providerId),
});

export const generateImageRequest = v.object({
  jobId: id,
  prompt: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PROMPT_CHARS)),
  headline: v.pipe(v.string(), v.maxLength(1000)),
  analysis,
  style: styleId,
  format: formatId,
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  overCapConfirmed: v.optional(v.boolean()),
  provider: v.optional(providerId),
  comparedWith: v.optional(providerId),
  comparedJobId: v.optional(id),
  // Preset names (PHOTOREALISM, 3d-model) have an id's shape; the model's plan drops one it does not know.
  stylePreset: v.optional(id),
  layout: v.optional(layoutId),
  shape: v.optional(postShape),
});

export const jobRequest = v.object({ jobId: id });
/** crypto.randomUUID()'s shape. */
export const tokenRequest = v.object({ token: v.pipe(v.string(), v.uuid()) });
export const imageRequest = v.object({ imageId: id });

export const unlockRequest = v.object({ passphrase: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)) });

export const saveRequest = v.object({ imageId: id, postText: v.pipe(v.string(), v.maxLength(MAX_DRAFT_CHARS)) });

/** Enough for the panel's strip; each image crosses the message as a data URL. */
export const recentRequest = v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)) });
