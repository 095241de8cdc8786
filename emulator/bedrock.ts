import { randomUUID } from 'node:crypto';
import { filteredAnswer, imageAnswer, readConverse, textOnlyAnswer } from './bedrock/converse';
import { INVALID_MODEL_MESSAGE, namedFailure, restJsonError } from './bedrock/errors';
import { recordInvocation } from './bedrock/invocations';
import { baseModelId, hasEnded, MODEL_LIFECYCLES, servedIn } from './bedrock/lifecycle';
import { listFoundationModels } from './bedrock/listing';
import type { EmulatedModel, Picture, Refusal } from './bedrock/model';
import { EMULATED_MODELS } from './bedrock/models';
import { renderPicture } from './bedrock/picture';
import { jsonAuthError, verifySigV4 } from './sigv4';
import type { EmulatorResponse, ServiceModule } from './types';

/**
 * Amazon Bedrock Runtime's InvokeModel (restJson1) for the image models, Converse for Nova 2 Omni, and
 * the control plane's ListFoundationModels: each model checks its own request body as the real one does
 * and answers real PNGs drawn from the request. A prompt containing "forbidden" meets the model's content
 * filter. A model past its end of life (by the `today` knob, else the clock) answers ResourceNotFoundException,
 * and a model the signing Region does not serve is an invalid identifier, as on AWS.
 *
 * Faults (knobs): `operation` is the model ID, so a fault can aim at one model. Besides the service's
 * error codes and the server's 'timeout' and 'malformed', a fault's `error` may be one of
 * 'not-in-region', 'not-authorized', 'marketplace' (see bedrock/errors.ts), 'output-filtered' (the
 * model's verdict on an image it made), 'truncated-base64' (an image cut short), 'huge-image' (a
 * 25 MB PNG) or, for Converse, 'text-only' (an answer in words, without an image).
 */

const RUNTIME_PATH = /^\/model\/([^/]+)\/(invoke|converse)$/;
const LIST_PATH = '/foundation-models';
const LIST_OPERATION = 'ListFoundationModels';
const FILTERED_WORD = /forbidden/i;
const SCOPE_REGION = /Credential=[^/]+\/\d{8}\/([^/]+)\//;

export const bedrock: ServiceModule = {
  name: 'bedrock',
  matches: (request) => (request.method === 'POST' && RUNTIME_PATH.test(request.path)) || (request.method === 'GET' && request.path === LIST_PATH),
  // Runtime calls differ by model, so the log and faults name the model ID.
  operationOf: (request) => (request.method === 'GET' ? LIST_OPERATION : decodeURIComponent(RUNTIME_PATH.exec(request.path)?.[1] ?? '')),

  async authenticate({ request, credentials }) {
    const result = await verifySigV4(request, { service: 'bedrock', credentials });
    if (result.ok) return undefined;
    const error = jsonAuthError(result.kind, 'bedrock');
    return restJsonError(error.code, error.message, error.status);
  },

  async handle({ request, operation: modelId, today }) {
    const region = SCOPE_REGION.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (modelId === LIST_OPERATION) return modelAnswer(listFoundationModels(request, region, today));
    const lifecycle = MODEL_LIFECYCLES[baseModelId(modelId)];
    if (!lifecycle) return restJsonError('ValidationException', INVALID_MODEL_MESSAGE);
    if (hasEnded(lifecycle, today)) return restJsonError('ResourceNotFoundException');
    if (!servedIn(modelId, lifecycle, region)) return restJsonError('ValidationException', notServedMessage(modelId, lifecycle.profileRegions));
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(request.body));
    } catch {
      return restJsonError('ValidationException');
    }
    recordInvocation(request.headers.host ?? '', {
      modelId,
      region,
      contentType: request.headers['content-type'] ?? '',
      accept: request.headers.accept ?? '',
      body,
    });
    const converse = request.path.endsWith('/converse');
    if (converse !== (lifecycle.api === 'converse')) {
      return restJsonError('ValidationException', converse ? CONVERSE_UNSUPPORTED : 'Malformed input request, please reformat your input and try again.');
    }
    if (converse) return converseAnswer(body);
    const model = EMULATED_MODELS[modelId];
    if (!model) return restJsonError('ValidationException', INVALID_MODEL_MESSAGE);
    const problem = model.check(body);
    if (problem) return restJsonError('ValidationException', problem);
    const pictures = model.pictures(body);
    const images = pictures.map(pictureBase64);
    if (FILTERED_WORD.test(model.prompt(body))) return refusalResponse(model.refusal('prompt', pictures, images));
    return modelAnswer(model.answer(pictures, images));
  },

  errorResponse(code, modelId) {
    if (code === 'text-only') return modelAnswer(textOnlyAnswer());
    const model = EMULATED_MODELS[modelId];
    return namedFailure(code, modelId) ?? (model && faultAnswer(code, model, modelId)) ?? restJsonError(code);
  },
};

const CONVERSE_UNSUPPORTED = "This action doesn't support the model that you provided. Try again with a supported text or chat model.";

/** In-Region IDs of profile-only models are refused with their own sentence; other misses are invalid identifiers. */
function notServedMessage(modelId: string, profileRegions: readonly string[] | undefined): string {
  if (!profileRegions || modelId.startsWith('us.')) return INVALID_MODEL_MESSAGE;
  return `Invocation of model ID ${modelId} with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`;
}

function converseAnswer(body: unknown): EmulatorResponse {
  const asked = readConverse(body);
  if (typeof asked === 'string') return restJsonError('ValidationException', asked);
  if (FILTERED_WORD.test(asked.prompt)) return modelAnswer(filteredAnswer());
  const picture: Picture = { width: asked.width, height: asked.height, seed: 1, identity: `nova-2-omni\n${asked.prompt}` };
  return modelAnswer(imageAnswer(pictureBase64(picture)));
}

/** The faults that are answers from the model itself rather than service errors. */
function faultAnswer(fault: string, model: EmulatedModel, modelId: string): EmulatorResponse | undefined {
  const picture: Picture = { width: 512, height: 512, seed: 1, identity: `${modelId}\n${fault}` };
  switch (fault) {
    case 'output-filtered':
      return refusalResponse(model.refusal('output', [picture], [pictureBase64(picture)]));
    case 'truncated-base64': {
      // Cut at a multiple of four: still valid base64, so only the image's own structure shows the loss.
      const whole = pictureBase64(picture);
      return modelAnswer(model.answer([picture], [whole.slice(0, Math.floor(whole.length / 8) * 4)]));
    }
    case 'huge-image':
      return modelAnswer(model.answer([HUGE_PICTURE], [hugeImage()]));
    default:
      return undefined;
  }
}

/** 2560 x 2560 pixels stored uncompressed: about 25 MB of PNG. */
const HUGE_PICTURE: Picture = { width: 2560, height: 2560, seed: 1, identity: 'huge' };
let hugeBase64: string | undefined;

function hugeImage(): string {
  hugeBase64 ??= renderPicture(HUGE_PICTURE.identity, HUGE_PICTURE.width, HUGE_PICTURE.height, { uncompressed: true }).toString('base64');
  return hugeBase64;
}

function pictureBase64(picture: Picture): string {
  return renderPicture(picture.identity, picture.width, picture.height).toString('base64');
}

function refusalResponse(refusal: Refusal): EmulatorResponse {
  return 'error' in refusal ? restJsonError('ValidationException', refusal.error) : modelAnswer(refusal.body);
}

function modelAnswer(body: unknown): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() }, body: JSON.stringify(body) };
}
