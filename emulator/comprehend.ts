import { randomUUID } from 'node:crypto';
import { detectDominantLanguages } from './comprehend/language';
import { detectEntities, detectKeyPhrases } from './comprehend/phrases';
import { detectSentiment } from './comprehend/sentiment';
import { jsonAuthError, verifySigV4 } from './sigv4';
import type { EmulatorResponse, ServiceModule } from './types';

/** Amazon Comprehend's synchronous Detect* operations over awsJson1_1, with answers computed from the text. */

const TARGET_PREFIX = 'Comprehend_20171127.';

/** Comprehend's LanguageCode enum: all twelve work for sentiment, key phrases and entities. */
const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es', 'fr', 'de', 'it', 'pt', 'ar', 'hi', 'ja', 'ko', 'zh', 'zh-TW']);

interface Operation {
  /** Most limits are 100 KB; DetectSentiment's is 5 KB. In UTF-8 bytes. */
  maxTextBytes: number;
  needsLanguage: boolean;
  run(text: string, languageCode: string): unknown;
}

const OPERATIONS: Record<string, Operation> = {
  DetectDominantLanguage: { maxTextBytes: 100_000, needsLanguage: false, run: (text) => ({ Languages: detectDominantLanguages(text) }) },
  DetectSentiment: { maxTextBytes: 5000, needsLanguage: true, run: detectSentiment },
  DetectKeyPhrases: { maxTextBytes: 100_000, needsLanguage: true, run: (text, language) => ({ KeyPhrases: detectKeyPhrases(text, language) }) },
  DetectEntities: { maxTextBytes: 100_000, needsLanguage: true, run: (text, language) => ({ Entities: detectEntities(text, language) }) },
};

/** Errors an injected fault can name, with the status and message the real service sends. */
const KNOWN_ERRORS: Record<string, { status: number; message: (operation: string) => string }> = {
  ThrottlingException: { status: 400, message: () => 'Rate exceeded' },
  AccessDeniedException: {
    status: 400,
    message: (operation) => `User: arn:aws:iam::123456789012:user/emulator is not authorized to perform: comprehend:${operation}`,
  },
  InternalServerException: { status: 500, message: () => 'An internal error occurred. Try your request again.' },
  ServiceUnavailableException: { status: 503, message: () => 'Service unavailable' },
};

export const comprehend: ServiceModule = {
  name: 'comprehend',
  matches: (request) => request.method === 'POST' && (request.headers['x-amz-target'] ?? '').startsWith(TARGET_PREFIX),
  operationOf: (request) => (request.headers['x-amz-target'] ?? '').slice(TARGET_PREFIX.length),

  async authenticate({ request, credentials }) {
    const result = await verifySigV4(request, { service: 'comprehend', credentials });
    if (result.ok) return undefined;
    const error = jsonAuthError(result.kind, 'comprehend');
    return awsJsonError(error.code, error.message, error.status);
  },

  async handle({ request, operation: name }) {
    const operation = OPERATIONS[name];
    if (!operation) return awsJsonError('UnknownOperationException', `Unknown operation ${name}`, 400);
    let input: { Text?: unknown; LanguageCode?: unknown };
    try {
      input = JSON.parse(new TextDecoder().decode(request.body)) as typeof input;
    } catch {
      return awsJsonError('SerializationException', 'The request body is not valid JSON.', 400);
    }
    const invalid = validate(input, operation);
    if (invalid) return invalid;
    const text = input.Text as string;
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() },
      body: JSON.stringify(operation.run(text, String(input.LanguageCode ?? ''))),
    };
  },

  errorResponse(code, operation) {
    const known = KNOWN_ERRORS[code];
    return awsJsonError(code, known?.message(operation) ?? code, known?.status ?? 400);
  },
};

/** The checks the real service makes, in its order and with its messages. */
function validate(input: { Text?: unknown; LanguageCode?: unknown }, operation: Operation): EmulatorResponse | undefined {
  if (typeof input.Text !== 'string') return constraintError("null at 'text'", 'Member must not be null');
  if (input.Text.length === 0) return constraintError("'' at 'text'", 'Member must have length greater than or equal to 1');
  if (operation.needsLanguage && typeof input.LanguageCode !== 'string') {
    return constraintError("null at 'languageCode'", 'Member must not be null');
  }
  const bytes = new TextEncoder().encode(input.Text).length;
  if (bytes > operation.maxTextBytes) {
    return awsJsonError(
      'TextSizeLimitExceededException',
      `Input text size exceeds limit. Max length of request text allowed is ${operation.maxTextBytes} bytes while in this request the text size is ${bytes} bytes`,
      400,
    );
  }
  if (operation.needsLanguage && !SUPPORTED_LANGUAGES.has(input.LanguageCode as string)) {
    return awsJsonError(
      'UnsupportedLanguageException',
      "Amazon Comprehend can't process the language of the input text. For a list of supported languages, see Supported languages in the Comprehend Developer Guide.",
      400,
    );
  }
  return undefined;
}

function constraintError(valueAtMember: string, constraint: string): EmulatorResponse {
  return awsJsonError('ValidationException', `1 validation error detected: Value ${valueAtMember} failed to satisfy constraint: ${constraint}`, 400);
}

/** awsJson1_1 errors: the code in the body's "__type", the message in "Message". */
function awsJsonError(code: string, message: string, status: number): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify({ __type: code, Message: message }),
    errorCode: code,
  };
}
