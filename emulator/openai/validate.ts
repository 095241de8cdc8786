import type { EmulatorResponse } from '../types';
import { CUSTOM_SIZE_LIMITS, defaultModelId, type EmulatedImageModel, findModel } from './models';
import { invalidRequest, openaiError } from './wire';

/**
 * The checks POST /images/generations makes, in the real API's order and with its messages: the body,
 * the model, parameters the model does not take, then each value.
 */

export type Validated =
  | { ok: true; model: EmulatedImageModel; body: Record<string, unknown> }
  /** `body` is there when the JSON could be read. */
  | { ok: false; response: EmulatorResponse; body?: Record<string, unknown> };

/** A value's problem as [message, code]; undefined when it is fine. */
type Problem = [message: string, code: string] | undefined;
type Check = (value: unknown, name: string, model: EmulatedImageModel) => Problem;

const BAD_JSON =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

const oneOf =
  (values: readonly string[]): Check =>
  (value) => {
    if (typeof value === 'string' && values.includes(value)) return undefined;
    const listed = values.map((entry) => `'${entry}'`);
    const supported = listed.length > 1 ? `${listed.slice(0, -1).join(', ')}, and ${listed.at(-1)}` : listed.join('');
    return [`Invalid value: '${String(value)}'. Supported values are: ${supported}.`, 'invalid_value'];
  };

const integerWithin =
  (min: number, max: number): Check =>
  (value, name) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return [`Invalid type for '${name}': expected an integer, but got ${typeName(value)} instead.`, 'invalid_type'];
    if (value < min) return [`Invalid '${name}': integer below minimum value. Expected a value >= ${min}, but got ${value} instead.`, 'integer_below_min_value'];
    if (value > max) return [`Invalid '${name}': integer above maximum value. Expected a value <= ${max}, but got ${value} instead.`, 'integer_above_max_value'];
    return undefined;
  };

const typed =
  (type: 'string' | 'boolean'): Check =>
  (value, name) =>
    typeof value === type ? undefined : [`Invalid type for '${name}': expected ${type === 'string' ? 'a string' : 'a boolean'}, but got ${typeName(value)} instead.`, 'invalid_type'];

/** Every parameter the endpoint knows, with its check; a model may still refuse one as unknown. */
const CHECKS: Readonly<Record<string, Check>> = {
  prompt: (value, name, model) => {
    if (typeof value !== 'string') return typed('string')(value, name, model);
    if (value.length === 0) return [`Invalid '${name}': empty string. Expected a string with minimum length 1, but got an empty string instead.`, 'empty_string'];
    if (value.length > model.promptLimit) {
      return [
        `Invalid '${name}': string too long. Expected a string with maximum length ${model.promptLimit}, but got a string with length ${value.length} instead.`,
        'string_above_max_length',
      ];
    }
    return undefined;
  },
  model: typed('string'),
  n: (value, name, model) =>
    integerWithin(1, 10)(value, name, model) ?? (Number(value) > model.maxImages ? [`You must provide n=1 for this model.`, 'invalid_value'] : undefined),
  size: (value, name, model) => {
    if (typeof value === 'string' && model.customSizes && !model.sizes.includes(value)) return customSizeProblem(value);
    return oneOf(model.sizes)(value, name, model);
  },
  quality: (value, name, model) => oneOf(model.qualities)(value, name, model),
  style: oneOf(['vivid', 'natural']),
  response_format: oneOf(['url', 'b64_json']),
  output_format: oneOf(['png', 'jpeg', 'webp']),
  output_compression: integerWithin(0, 100),
  background: (value, name, model) => {
    if (value === 'transparent' && !model.transparentBackground) {
      return [`Transparent backgrounds are not supported for ${model.id}. Use 'opaque' or 'auto' instead.`, 'invalid_value'];
    }
    return oneOf(['transparent', 'opaque', 'auto'])(value, name, model);
  },
  moderation: oneOf(['low', 'auto']),
  stream: typed('boolean'),
  partial_images: integerWithin(0, 3),
  user: typed('string'),
};

/** `today` (YYYY-MM-DD) decides which models are still served. */
export function validateGeneration(raw: Uint8Array, today: string): Validated {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return { ok: false, response: invalidRequest(BAD_JSON, null, null) };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, response: invalidRequest(BAD_JSON, null, null) };
  // The API treats null like a missing parameter.
  const given = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));

  const refuse = (message: string, param: string, code: string): Validated => ({ ok: false, response: invalidRequest(message, param, code), body: given });
  if (given.prompt === undefined) return refuse("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  const modelId = typeof given.model === 'string' ? given.model : defaultModelId(given);
  const model = findModel(modelId, today);
  if (!model) {
    const message = `The model \`${modelId}\` does not exist or you do not have access to it.`;
    return { ok: false, response: openaiError(404, { message, type: 'invalid_request_error', param: null, code: 'model_not_found' }), body: given };
  }
  const unknown = Object.keys(given).find((name) => !CHECKS[name] || !(name === 'prompt' || name === 'model' || model.parameters.has(name)));
  if (unknown) return refuse(`Unknown parameter: '${unknown}'.`, unknown, 'unknown_parameter');
  for (const [name, value] of Object.entries(given)) {
    const problem = CHECKS[name]!(value, name, model);
    if (problem) return refuse(problem[0], name, problem[1]);
  }
  return { ok: true, model, body: given };
}

function customSizeProblem(size: string): Problem {
  const limits = CUSTOM_SIZE_LIMITS;
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) return [`Invalid value: '${size}'. Supported values are: 'auto' or a size in the form 'WIDTHxHEIGHT', for example '1536x864'.`, 'invalid_value'];
  const [width, height] = [Number(match[1]), Number(match[2])];
  const problem = (reason: string): Problem => [`Invalid size '${size}': ${reason}`, 'invalid_value'];
  if (width % limits.multipleOf || height % limits.multipleOf) return problem(`width and height must both be multiples of ${limits.multipleOf}.`);
  if (Math.max(width, height) > limits.maxEdge) return problem(`the longest edge must be at most ${limits.maxEdge} pixels.`);
  if (Math.max(width / height, height / width) > limits.maxAspect) return problem(`the aspect ratio must be between 1:${limits.maxAspect} and ${limits.maxAspect}:1.`);
  const pixels = width * height;
  if (pixels < limits.minPixels || pixels > limits.maxPixels) return problem(`the image must have between ${limits.minPixels} and ${limits.maxPixels} pixels.`);
  return undefined;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
