import * as v from 'valibot';
import { FORMAT_IDS } from '../formats';
import { OPENAI_IMAGE_MODEL_IDS, OPENAI_QUALITIES, OPENAI_SUCCESSOR } from '../providers/openai/models';
import { BEDROCK_MODEL_IDS, BEDROCK_SUCCESSOR } from '../providers/bedrock/models';
import type { Preferences } from '../storage/preferences';
import { STYLE_IDS } from '../styles';
import { TEMPLATE_CHOICES } from '../templates';

/** Bump with a migration in store.ts whenever the shape changes. */
export const SETTINGS_VERSION = 3;

const PROVIDER_CHOICES = ['auto', 'offline', 'openai', 'bedrock'] as const;
const CREDENTIAL_KINDS = ['static', 'cognito'] as const;
const ANALYSERS = ['auto', 'local'] as const;

/** Number ranges shared by the schema and the sentences in validate.ts. */
export const LIMITS = {
  timeoutSeconds: { min: 10, max: 600 },
  // AWS refuses presigned URLs valid for more than 7 days.
  presignExpiryHours: { min: 1, max: 168 },
  maxImages: { min: 1, max: 10_000 },
  maxMegabytes: { min: 10, max: 100_000 },
  monthlyCapUsd: { min: 0, max: 10_000 },
} as const;

type Limit = keyof typeof LIMITS;

/** The largest logo the options take; it is kept in the settings as a data URL. */
export const LOGO_MAX_BYTES = 200 * 1024;
/** '#rrggbb', or '' for none. */
export const BRAND_COLOUR = /^(#[0-9a-fA-F]{6})?$/;
const LOGO_DATA_URL = /^(data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2})?$/;
const LOGO_DATA_URL_LENGTH = 'data:image/svg+xml;base64,'.length + Math.ceil(LOGO_MAX_BYTES / 3) * 4;

/**
 * Every field falls back to its default when missing, so older or partial objects fill in.
 * Lenient schemas also replace an invalid value by the default: stored settings must always load,
 * while an import should tell the user what is wrong instead.
 */
function buildSchema(lenient: boolean) {
  const field = <S extends v.GenericSchema>(schema: S, fallback: v.InferOutput<S>) =>
    v.optional(lenient ? v.fallback(schema, fallback) : schema, fallback);
  const text = (fallback = '') => field(v.pipe(v.string(), v.maxLength(2048)), fallback);
  const whole = (limit: Limit, fallback: number) =>
    field(v.pipe(v.number(), v.integer(), v.minValue(LIMITS[limit].min), v.maxValue(LIMITS[limit].max)), fallback);
  const section = <E extends v.ObjectEntries>(entries: E) => {
    const object = v.object(entries);
    const defaults = () => v.parse(object, {});
    return v.optional(lenient ? v.fallback(object, defaults) : object, defaults);
  };

  return v.object({
    provider: field(v.picklist(PROVIDER_CHOICES), 'auto'),
    openai: section({
      // The cheapest current model for a LinkedIn image, with no shutdown announced (lib/pricing/prices.ts).
      model: field(v.picklist(OPENAI_IMAGE_MODEL_IDS), OPENAI_SUCCESSOR),
      /** '' = OpenAI's own API. */
      baseURL: text(),
      organization: text(),
      project: text(),
      timeoutSeconds: whole('timeoutSeconds', 120),
      // Medium: about $0.013 an image with GPT Image 2.5 Flare; "auto" may pick high, four times dearer.
      quality: field(v.picklist(OPENAI_QUALITIES), 'medium'),
    }),
    aws: section({
      credentialKind: field(v.picklist(CREDENTIAL_KINDS), 'static'),
      identityPoolId: text(),
      /** '' = the region written at the start of the identity pool ID. */
      cognitoRegion: text(),
    }),
    comprehend: section({
      enabled: field(v.boolean(), true),
      region: text('us-east-1'),
      endpoint: text(),
    }),
    bedrock: section({
      model: field(v.picklist(BEDROCK_MODEL_IDS), BEDROCK_SUCCESSOR),
      // The only region that serves the Stability models.
      region: text('us-west-2'),
      endpoint: text(),
    }),
    s3: section({
      bucket: text(),
      prefix: text('post-to-image'),
      region: text(),
      endpoint: text(),
      forcePathStyle: field(v.boolean(), false),
      presignExpiryHours: whole('presignExpiryHours', 24),
      includePostText: field(v.boolean(), false),
    }),
    /** auto = Amazon Comprehend when AWS credentials are set, else on this device. */
    analyser: field(v.picklist(ANALYSERS), 'auto'),
    history: section({
      maxImages: whole('maxImages', 200),
      maxMegabytes: whole('maxMegabytes', 500),
    }),
    budget: section({
      /** Whole dollars; 0 = no cap. */
      monthlyCapUsd: whole('monthlyCapUsd', 0),
    }),
    /** How the offline renderer dresses its cards. */
    brand: section({
      primary: field(v.pipe(v.string(), v.regex(BRAND_COLOUR)), ''),
      accent: field(v.pipe(v.string(), v.regex(BRAND_COLOUR)), ''),
      logoDataUrl: field(v.pipe(v.string(), v.maxLength(LOGO_DATA_URL_LENGTH), v.regex(LOGO_DATA_URL)), ''),
      // auto: the layout that fits each post. The 'key-phrases' card of earlier settings and exports is the list card now.
      template: field(v.union([v.picklist(TEMPLATE_CHOICES), v.pipe(v.literal('key-phrases'), v.transform(() => 'list' as const))]), 'auto'),
    }),
  });
}

/** For imports: wrong values are reported. */
export const SettingsSchema = buildSchema(false);
/** For what is already stored: wrong values become defaults. */
const StoredSettingsSchema = buildSchema(true);

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type ProviderChoice = Settings['provider'];

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Any stored value, whatever its age or damage, as complete settings. */
export function settingsFrom(value: unknown): Settings {
  const result = v.safeParse(StoredSettingsSchema, value ?? {});
  return result.success ? result.output : DEFAULT_SETTINGS;
}

/** The preferences item's shape, for imports. */
export const PreferencesSchema = v.object({
  style: v.picklist(STYLE_IDS),
  format: v.picklist(FORMAT_IDS),
  extraWords: v.pipe(v.string(), v.maxLength(500)),
  includeEntities: v.boolean(),
}) satisfies v.GenericSchema<unknown, Preferences>;
