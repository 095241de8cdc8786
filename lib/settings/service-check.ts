import type { Service } from './permissions';
import { bedrockConfig, comprehendConfig, openaiConfig, s3Config } from './resolve';
import type { Settings } from './schema';
import type { Secrets } from './secrets';
import { type TestOutcome, withListing } from './live-models';

const AWS_MISSING = 'Enter AWS credentials (access keys or a Cognito identity pool) first.';

/**
 * One cheap real call to a service with the given (possibly unsaved) settings. The SDKs load only
 * when a test runs, so the options page opens fast.
 */
export async function runServiceTest(service: Service, settings: Settings, secrets: Secrets): Promise<TestOutcome> {
  switch (service) {
    case 'openai': {
      const config = openaiConfig(settings, secrets);
      if (!config) return { ok: false, sentence: 'Enter an OpenAI API key first.' };
      const [{ testOpenAI }, { listOpenAIImageModels }] = await Promise.all([import('../providers/openai'), import('../providers/openai/listing')]);
      const outcome = await testOpenAI(config);
      if (!outcome.ok) return outcome;
      return withListing(outcome, await listOpenAIImageModels(config).catch(() => undefined), config.model);
    }
    case 'comprehend': {
      // includeEntities changes nothing in a test call.
      const config = comprehendConfig(settings, secrets, false);
      if (!config) return { ok: false, sentence: AWS_MISSING };
      return (await import('../analysis/comprehend')).testComprehend(config);
    }
    case 'bedrock': {
      const config = bedrockConfig(settings, secrets);
      if (!config) return { ok: false, sentence: AWS_MISSING };
      // The listing's control-plane client loads here only: the options page is its one user.
      const [{ testBedrock }, { listBedrockImageModels }] = await Promise.all([import('../providers/bedrock'), import('../providers/bedrock/listing')]);
      const outcome = await testBedrock(config);
      if (!outcome.ok) return outcome;
      return withListing(outcome, await listBedrockImageModels(config).catch(() => undefined), config.model, 'bedrock:ListFoundationModels');
    }
    case 's3': {
      const config = s3Config(settings, secrets);
      if (!settings.s3.bucket) return { ok: false, sentence: 'Enter a bucket name first.' };
      if (!config) return { ok: false, sentence: AWS_MISSING };
      return (await import('../s3/save')).testS3(config);
    }
  }
}
