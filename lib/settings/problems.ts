import { COMPREHEND_REGIONS } from '../aws/regions';
import { BEDROCK_MODELS } from '../providers/bedrock/models';
import { bedrockWhere, COMPREHEND_WHERE } from './availability';
import type { Settings } from './schema';
import type { Secrets } from './secrets';
import * as check from './validate';

/** "section.field" for settings, the secret's name for secrets: also the form's field ids. */
type SettingsPath = {
  [K in keyof Settings & string]: Settings[K] extends object ? `${K}.${keyof Settings[K] & string}` : K;
}[keyof Settings & string];

export type FieldId = SettingsPath | keyof Secrets;

/** A sentence for each field that needs changing; empty when everything can be saved. */
export type Problems = Partial<Record<FieldId, string>>;

function only(entries: Problems): Problems {
  return Object.fromEntries(Object.entries(entries).filter(([, sentence]) => sentence !== undefined));
}

/** With a custom endpoint (an emulator, a compatible service) the region only signs requests. */
function serviceRegion(region: string, endpoint: string, offered: readonly string[], where: string): string | undefined {
  if (region === '') return 'Choose a region.';
  return endpoint ? check.awsRegion(region) : check.regionIn(offered, where)(region);
}

function cognitoRegion({ identityPoolId, cognitoRegion }: Settings['aws']): string | undefined {
  const poolRegion = identityPoolId.split(':')[0];
  if (cognitoRegion && identityPoolId && !check.identityPoolId(identityPoolId) && poolRegion !== cognitoRegion) {
    return `The identity pool lives in ${poolRegion}; leave this empty to use that region.`;
  }
  return check.awsRegion(cognitoRegion);
}

export function settingsProblems(settings: Settings): Problems {
  const { openai, aws, comprehend, bedrock, s3, history, budget } = settings;
  const model = BEDROCK_MODELS[bedrock.model];
  const ended = model.lifecycle.status === 'ended';
  return only({
    'openai.baseURL': check.openaiBaseURL(openai.baseURL),
    'openai.organization': check.openaiOrganization(openai.organization),
    'openai.project': check.openaiProject(openai.project),
    'openai.timeoutSeconds': check.wholeNumber('timeoutSeconds')(openai.timeoutSeconds),
    'aws.identityPoolId': check.identityPoolId(aws.identityPoolId),
    'aws.cognitoRegion': cognitoRegion(aws),
    'comprehend.region': serviceRegion(comprehend.region, comprehend.endpoint, COMPREHEND_REGIONS, COMPREHEND_WHERE),
    'comprehend.endpoint': check.awsEndpoint(comprehend.endpoint),
    'bedrock.model': ended ? bedrockWhere(bedrock.model) : undefined,
    'bedrock.region': ended ? undefined : serviceRegion(bedrock.region, bedrock.endpoint, model.regions, bedrockWhere(bedrock.model)),
    'bedrock.endpoint': check.awsEndpoint(bedrock.endpoint),
    's3.bucket': check.s3Bucket(s3.bucket),
    's3.prefix': check.s3Prefix(s3.prefix),
    's3.region': s3.bucket && !s3.region ? 'Enter the region the bucket is in, like eu-west-1.' : check.awsRegion(s3.region),
    's3.endpoint': check.awsEndpoint(s3.endpoint),
    's3.presignExpiryHours': check.wholeNumber('presignExpiryHours')(s3.presignExpiryHours),
    'history.maxImages': check.wholeNumber('maxImages')(history.maxImages),
    'history.maxMegabytes': check.wholeNumber('maxMegabytes')(history.maxMegabytes),
    'budget.monthlyCapUsd': check.wholeNumber('monthlyCapUsd')(budget.monthlyCapUsd),
  });
}

/**
 * `typed` holds what was typed in this visit; `effective` the secrets a save would store. Behind a
 * custom endpoint (an emulator, MinIO, R2, a proxy) keys have other shapes: only spaces are wrong there.
 */
export function secretProblems(typed: Secrets, effective: Secrets, settings: Settings): Problems {
  // Saving trims what was pasted, so stray spaces at the ends are no problem.
  const trimmed = (name: keyof Secrets) => typed[name].trim();
  const customAws = [settings.comprehend.endpoint, settings.bedrock.endpoint, settings.s3.endpoint].some((endpoint) => endpoint !== '');
  const customOpenAI = settings.openai.baseURL !== '';
  const temporaryWithoutToken = effective.awsAccessKeyId.startsWith('ASIA') && effective.awsSessionToken === '';
  return only({
    openaiApiKey: (customOpenAI ? check.noSpaces : check.openaiApiKey)(trimmed('openaiApiKey')),
    awsAccessKeyId: (customAws ? check.noSpaces : check.awsAccessKeyId)(trimmed('awsAccessKeyId')),
    awsSecretAccessKey: (customAws ? check.noSpaces : check.awsSecretAccessKey)(trimmed('awsSecretAccessKey')),
    awsSessionToken:
      check.noSpaces(trimmed('awsSessionToken')) ??
      (temporaryWithoutToken ? 'Keys that start with ASIA are temporary: paste the session token that came with them.' : undefined),
  });
}
