import { faultResponse, safetyRefusal } from './openai/faults';
import { recordCall } from './openai/journal';
import { type EmulatedImageModel, findModel, servedModels } from './openai/models';
import { generationOf, jsonAnswer, streamAnswer } from './openai/respond';
import { validateGeneration } from './openai/validate';
import { openaiError, openaiJson } from './openai/wire';
import type { EmulatorRequest, ServiceModule } from './types';

/**
 * OpenAI's Images API: POST {baseURL}/images/generations, GET {baseURL}/models and GET {baseURL}/models/{id},
 * under any base URL prefix, with Bearer keys, the real parameter rules per model, and images computed from
 * the prompt. Models past their shutdown date (by the `today` knob, else the clock) are gone, as at OpenAI.
 */

export { openaiCallsTo, type ReceivedOpenAICall } from './openai/journal';

/** The key the emulator accepts when it is given none (EmulatorOptions.openaiKeys). */
export const DEFAULT_OPENAI_KEY = 'sk-fake-emulator-key-for-post-to-image';

/** Prompts with this word are refused by the emulated safety system, as a way to test refusals by hand. */
const REFUSED_WORD = /\bforbidden\b/i;

const MODEL_PATH = /\/models\/([^/]+)$/;
const MODELS_PATH = /\/models$/;

function isAwsSigned(request: EmulatorRequest): boolean {
  return (request.headers.authorization ?? '').startsWith('AWS4-') || request.query.has('X-Amz-Signature');
}

export const openai: ServiceModule = {
  name: 'openai',
  matches: (request) =>
    (request.method === 'POST' && request.path.endsWith('/images/generations')) ||
    (request.method === 'GET' && (MODEL_PATH.test(request.path) || MODELS_PATH.test(request.path)) && !isAwsSigned(request)),
  operationOf: (request) => {
    if (request.method === 'POST') return 'images.generate';
    return MODELS_PATH.test(request.path) ? 'models.list' : 'models.retrieve';
  },

  async authenticate({ request, openaiKeys }) {
    const key = /^Bearer +(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    if (!key) {
      return openaiError(401, {
        message:
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
    }
    if ((openaiKeys.length > 0 ? openaiKeys : [DEFAULT_OPENAI_KEY]).includes(key)) return undefined;
    return openaiError(401, {
      // The real message echoes part of the key: clients must not show it.
      message: `Incorrect API key provided: ${masked(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    });
  },

  async handle({ request, operation, today }) {
    if (operation === 'models.list') return openaiJson(200, { object: 'list', data: servedModels(today).map(modelObject) });
    if (operation === 'models.retrieve') return retrieveModel(decodeURIComponent(MODEL_PATH.exec(request.path)?.[1] ?? ''), today);
    const validated = validateGeneration(request.body, today);
    if (validated.body) recordCall(request, operation, validated.body);
    if (!validated.ok) return validated.response;
    const generation = generationOf(validated.model, validated.body);
    if (REFUSED_WORD.test(generation.prompt)) return safetyRefusal(validated.model.family);
    return validated.body.stream === true ? streamAnswer(generation) : jsonAnswer(generation);
  },

  errorResponse: (code) => faultResponse(code),
};

/** The Model object, with the shutdown_date field OpenAI added (null when no shutdown is announced). */
function modelObject(model: EmulatedImageModel) {
  return { id: model.id, object: 'model', created: model.created, owned_by: 'system', shutdown_date: model.shutdownDate };
}

function retrieveModel(id: string, today: string) {
  const model = findModel(id, today);
  if (model) return openaiJson(200, modelObject(model));
  return openaiError(404, {
    message: `The model '${id}' does not exist`,
    type: 'invalid_request_error',
    param: 'model',
    code: 'model_not_found',
  });
}

/** As OpenAI shows a wrong key: its start and its last four characters. */
function masked(key: string): string {
  return key.length <= 11 ? key : `${key.slice(0, 7)}${'*'.repeat(key.length - 11)}${key.slice(-4)}`;
}
