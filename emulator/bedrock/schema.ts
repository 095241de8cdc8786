/**
 * A small JSON-schema checker for the emulated models' request bodies. Bedrock validates model input
 * with a JSON-schema library and reports the first violation in that library's words, e.g.
 * "Malformed input request: #/textToImageParams/text: expected maxLength: 512, actual: 548, please
 * reformat your input and try again." (seen in aws-samples/generative-ai-use-cases#602); these rules
 * word their findings the same way. Objects refuse keys they do not list, as the models' schemas do.
 */

/** The first violation at `path`, or undefined when the value is fine. */
export type Rule = (value: unknown, path: string) => string | undefined;

export function malformed(violation: string): string {
  return `Malformed input request: ${violation}, please reformat your input and try again.`;
}

export function string(limits: { minLength?: number; maxLength?: number; oneOf?: readonly string[] } = {}): Rule {
  return (value, path) => {
    if (typeof value !== 'string') return typeMismatch(path, 'String', value);
    const length = Array.from(value).length; // the schema library counts code points
    if (limits.minLength !== undefined && length < limits.minLength) return `${path}: expected minLength: ${limits.minLength}, actual: ${length}`;
    if (limits.maxLength !== undefined && length > limits.maxLength) return `${path}: expected maxLength: ${limits.maxLength}, actual: ${length}`;
    if (limits.oneOf && !limits.oneOf.includes(value)) return `${path}: ${value} is not a valid enum value`;
    return undefined;
  };
}

export function number(limits: { min?: number; max?: number; integer?: boolean; multipleOf?: number } = {}): Rule {
  return (value, path) => {
    if (typeof value !== 'number') return typeMismatch(path, limits.integer ? 'Integer' : 'Number', value);
    if (limits.integer && !Number.isInteger(value)) return typeMismatch(path, 'Integer', value);
    if (limits.min !== undefined && value < limits.min) return `${path}: ${value} is not greater or equal to ${limits.min}`;
    if (limits.max !== undefined && value > limits.max) return `${path}: ${value} is not less or equal to ${limits.max}`;
    if (limits.multipleOf !== undefined && value % limits.multipleOf !== 0) return `${path}: ${value} is not a multiple of ${limits.multipleOf}`;
    return undefined;
  };
}

export function integer(limits: { min?: number; max?: number; multipleOf?: number } = {}): Rule {
  return number({ ...limits, integer: true });
}

export function array(item: Rule, limits: { minItems?: number; maxItems?: number } = {}): Rule {
  return (value, path) => {
    if (!Array.isArray(value)) return typeMismatch(path, 'JSONArray', value);
    if (limits.minItems !== undefined && value.length < limits.minItems) return `${path}: expected minimum item count: ${limits.minItems}, found: ${value.length}`;
    if (limits.maxItems !== undefined && value.length > limits.maxItems) return `${path}: expected maximum item count: ${limits.maxItems}, found: ${value.length}`;
    return firstOf(value.map((element, index) => () => item(element, `${path}/${index}`)));
  };
}

/** An object with only these keys, of which `required` must be present. */
export function object(properties: Record<string, Rule>, required: readonly string[] = []): Rule {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeMismatch(path, 'JSONObject', value);
    const record = value as Record<string, unknown>;
    const missing = required.find((key) => record[key] === undefined);
    if (missing) return `${path}: required key [${missing}] not found`;
    const extraneous = Object.keys(record).find((key) => !(key in properties));
    if (extraneous) return `${path}: extraneous key [${extraneous}] is not permitted`;
    return firstOf(Object.entries(record).map(([key, member]) => () => properties[key]!(member, `${path}/${key}`)));
  };
}

function firstOf(checks: Array<() => string | undefined>): string | undefined {
  for (const check of checks) {
    const violation = check();
    if (violation) return violation;
  }
  return undefined;
}

function typeMismatch(path: string, expected: string, value: unknown): string {
  return `${path}: expected type: ${expected}, found: ${jsonTypeOf(value)}`;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'JSONArray';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'BigDecimal';
  if (typeof value === 'object') return 'JSONObject';
  return typeof value === 'string' ? 'String' : 'Boolean';
}
