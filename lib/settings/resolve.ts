import type { ComprehendConfig } from '../analysis/comprehend';
import type { AwsCredentialSource } from '../aws/credentials';
import type { BedrockConfig } from '../providers/bedrock';
import type { OpenAIConfig } from '../providers/openai';
import type { ProviderId } from '../providers/types';
import type { S3Config } from '../s3/save';
import type { Settings } from './schema';
import type { Secrets } from './secrets';

/**
 * The one place where settings and secrets become the configs each service takes. Each returns
 * undefined when the service cannot be called yet (no key, no bucket), so callers fall back.
 */

/** '' in a settings field means "the service's own"; the SDKs want undefined for that. */
const orUndefined = (value: string) => value.trim() || undefined;

export function awsCredentials(settings: Settings, secrets: Secrets): AwsCredentialSource | undefined {
  if (settings.aws.credentialKind === 'cognito') {
    const { identityPoolId, cognitoRegion } = settings.aws;
    if (!identityPoolId) return undefined;
    // A pool ID starts with the pool's region.
    return { kind: 'cognito', identityPoolId, region: cognitoRegion || identityPoolId.split(':')[0] || '' };
  }
  const { awsAccessKeyId: accessKeyId, awsSecretAccessKey: secretAccessKey, awsSessionToken } = secrets;
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { kind: 'static', accessKeyId, secretAccessKey, sessionToken: orUndefined(awsSessionToken) };
}

/** 'auto' picks the first service with credentials: OpenAI, then Bedrock, else the free offline renderer. */
export function chooseProviderId(settings: Settings, secrets: Secrets): ProviderId {
  if (settings.provider !== 'auto') return settings.provider;
  if (secrets.openaiApiKey) return 'openai';
  return awsCredentials(settings, secrets) ? 'bedrock' : 'offline';
}

export function openaiConfig(settings: Settings, secrets: Secrets): OpenAIConfig | undefined {
  if (!secrets.openaiApiKey) return undefined;
  const { model, baseURL, organization, project, timeoutSeconds, quality } = settings.openai;
  return {
    apiKey: secrets.openaiApiKey,
    model,
    baseURL: orUndefined(baseURL),
    organization: orUndefined(organization),
    project: orUndefined(project),
    timeoutMs: timeoutSeconds * 1000,
    quality,
  };
}

/** Whenever AWS credentials are set, for the Test button; see comprehendForAnalysis for posts. */
export function comprehendConfig(settings: Settings, secrets: Secrets, includeEntities: boolean): ComprehendConfig | undefined {
  const credentials = awsCredentials(settings, secrets);
  if (!credentials) return undefined;
  return { region: settings.comprehend.region, endpoint: orUndefined(settings.comprehend.endpoint), credentials, includeEntities };
}

/** Posts go to Comprehend only when the user leaves both switches on: the analyser on auto, Comprehend enabled. */
export function comprehendForAnalysis(settings: Settings, secrets: Secrets, includeEntities: boolean): ComprehendConfig | undefined {
  const allowed = settings.analyser === 'auto' && settings.comprehend.enabled;
  return allowed ? comprehendConfig(settings, secrets, includeEntities) : undefined;
}

export function bedrockConfig(settings: Settings, secrets: Secrets): BedrockConfig | undefined {
  const credentials = awsCredentials(settings, secrets);
  if (!credentials) return undefined;
  const { model, region, endpoint } = settings.bedrock;
  return { model, region, endpoint: orUndefined(endpoint), credentials };
}

export function s3Config(settings: Settings, secrets: Secrets): S3Config | undefined {
  const credentials = awsCredentials(settings, secrets);
  const { bucket, prefix, region, endpoint, forcePathStyle, presignExpiryHours, includePostText } = settings.s3;
  if (!credentials || !bucket) return undefined;
  return {
    bucket,
    prefix,
    region,
    endpoint: orUndefined(endpoint),
    forcePathStyle,
    credentials,
    presignExpirySeconds: presignExpiryHours * 3600,
    includePostText,
  };
}
