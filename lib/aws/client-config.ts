import { toCredentialProvider, type AwsCredentialSource } from './credentials';
import { AbortingRequestHandler } from './request-handler';

/** What every AWS client here is built from: the user's region, endpoint override and credentials. */
export interface AwsClientSettings {
  region: string;
  endpoint?: string;
  credentials: AwsCredentialSource;
  maxAttempts?: number;
  /** Tests in Node may pass their own; otherwise fetch, aborted on the wire (AbortingRequestHandler). */
  requestHandler?: unknown;
}

/** The options shared by the Comprehend, Bedrock and S3 clients, with a per-service request timeout. */
export function awsClientConfig(settings: AwsClientSettings, requestTimeoutMs: number) {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    credentials: toCredentialProvider(settings.credentials),
    maxAttempts: settings.maxAttempts ?? 3,
    requestHandler: (settings.requestHandler ?? new AbortingRequestHandler(requestTimeoutMs)) as never,
  };
}
