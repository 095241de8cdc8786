import { LIMITS } from './schema';

/**
 * Checks for single fields as the user types. Each returns a sentence saying what to change, or
 * undefined when the value is fine; an empty value is always fine here (it means "not set").
 */
export type Check = (value: string) => string | undefined;

/** [is wrong, sentence]: the first rule that matches speaks. */
type Rule = [(value: string) => boolean, string];

function rules(...list: Rule[]): Check {
  return (value) => (value === '' ? undefined : list.find(([wrong]) => wrong(value))?.[1]);
}

const hasSpace = (value: string) => /\s/.test(value);
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const openaiApiKey = rules(
  [hasSpace, 'Remove the spaces: an OpenAI API key is one unbroken string.'],
  [(key) => !key.startsWith('sk-'), 'An OpenAI API key starts with “sk-”; copy it again from platform.openai.com/api-keys.'],
  [(key) => key.length < 20, 'This key is too short; copy the whole key.'],
);

export const openaiOrganization = rules([(id) => !/^org-[A-Za-z0-9]+$/.test(id), 'An organization ID looks like “org-” followed by letters and digits.']);

export const openaiProject = rules([(id) => !/^proj_[A-Za-z0-9]+$/.test(id), 'A project ID looks like “proj_” followed by letters and digits.']);

export const awsAccessKeyId = rules(
  [hasSpace, 'Remove the spaces from the access key ID.'],
  [(id) => !/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(id), 'An AWS access key ID is AKIA or ASIA followed by 16 capital letters and digits (20 characters in all).'],
);

export const awsSecretAccessKey = rules(
  [hasSpace, 'Remove the spaces from the secret access key.'],
  [(key) => key.length !== 40, 'An AWS secret access key is exactly 40 characters long.'],
  [(key) => !/^[A-Za-z0-9/+]+$/.test(key), 'An AWS secret access key uses only letters, digits, “/” and “+”.'],
);

/** For tokens, and for keys of services other than OpenAI's and AWS's own, whose shapes vary. */
export const noSpaces = rules([hasSpace, 'Remove the spaces: keys and tokens are one unbroken string.']);

export const identityPoolId = rules([
  (id) => !/^[a-z]{2}(-gov)?-[a-z]+-\d{1,2}:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(id),
  'A Cognito identity pool ID is its region, a colon and an ID, like us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.',
]);

const REGION_SHAPE = 'A region is written like eu-west-1: lowercase, with hyphens.';

export const awsRegion = rules([(region) => !REGION.test(region), REGION_SHAPE]);

/** A region the service is offered in; `where` is the sentence naming those regions. */
export function regionIn(offered: readonly string[], where: string): Check {
  return rules([(region) => !REGION.test(region), REGION_SHAPE], [(region) => !offered.includes(region), `Not offered in that region. ${where}`]);
}

/** `secretWord` names what plain http would expose; AWS endpoints take no path (the SDK adds its own). */
function urlCheck(secretWord: string, allowPath: boolean): Check {
  return (value) => {
    if (value === '') return undefined;
    if (!URL.canParse(value)) return 'Enter a full address, starting with https://.';
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https://.';
    if (url.username || url.password) return 'Leave user names and passwords out of the address.';
    if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
      return `Use https://: over http:// ${secretWord} would cross the network unencrypted (http:// is fine only for localhost).`;
    }
    if (!allowPath && (url.pathname !== '/' || url.search || url.hash)) {
      return 'An AWS endpoint is only a scheme, host and port, like https://s3.example.com:9000; remove the path.';
    }
    return undefined;
  };
}

export const awsEndpoint = urlCheck('your posts and images', false);

export const openaiBaseURL = urlCheck('your API key', true);

const RESERVED_BUCKET_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_BUCKET_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

export const s3Bucket = rules(
  [(name) => name.length < 3 || name.length > 63, 'A bucket name is 3 to 63 characters long.'],
  [(name) => /[A-Z]/.test(name), 'Bucket names use lowercase letters only.'],
  [(name) => name.includes('_'), 'Bucket names cannot contain underscores; use hyphens instead.'],
  [(name) => !/^[a-z0-9.-]+$/.test(name), 'Bucket names use only lowercase letters, digits, dots and hyphens.'],
  [(name) => !/^[a-z0-9].*[a-z0-9]$/.test(name), 'A bucket name starts and ends with a letter or a digit.'],
  [(name) => name.includes('..'), 'A bucket name cannot have two dots in a row.'],
  [(name) => /^\d+\.\d+\.\d+\.\d+$/.test(name), 'A bucket name cannot look like an IP address.'],
  [
    (name) => RESERVED_BUCKET_PREFIXES.some((prefix) => name.startsWith(prefix)) || RESERVED_BUCKET_SUFFIXES.some((suffix) => name.endsWith(suffix)),
    'That bucket name starts or ends with letters AWS keeps for itself; choose another.',
  ],
);

export const s3Prefix = rules(
  [(prefix) => prefix.length > 200, 'Keep the folder prefix under 200 characters.'],
  [(prefix) => !/^[A-Za-z0-9!_.*'()/-]+$/.test(prefix), "Use only letters, digits and ! - _ . * ' ( ) / in the prefix, so links to the images work everywhere."],
);

const RANGE_SENTENCES: Record<keyof typeof LIMITS, (min: string, max: string) => string> = {
  timeoutSeconds: (min, max) => `Wait between ${min} and ${max} seconds for OpenAI.`,
  presignExpiryHours: (min, max) => `A link can stay valid for ${min} to ${max} hours (7 days, the most AWS allows).`,
  maxImages: (min, max) => `Keep between ${min} and ${max} images.`,
  maxMegabytes: (min, max) => `Allow between ${min} and ${max} MB.`,
  monthlyCapUsd: (min, max) => `Set a cap between $${min} and $${max} a month (${min} means no cap).`,
};

/** For number inputs: NaN is what an input that does not hold a number gives. */
export function wholeNumber(limit: keyof typeof LIMITS): (value: number) => string | undefined {
  const { min, max } = LIMITS[limit];
  return (value) => {
    if (!Number.isInteger(value)) return 'Enter a whole number.';
    return value < min || value > max ? RANGE_SENTENCES[limit](min.toLocaleString('en'), max.toLocaleString('en')) : undefined;
  };
}
