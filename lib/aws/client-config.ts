import { toCredentialProvider, type AwsCredentialSource } from './credentials';

/** What every AWS client here is built from: the user's region, endpoint override and credentials. */
export interface AwsClientSettings {
  region: string;
  endpoint?: string;
  credentials: AwsCredentialSource;
  maxAttempts?: number;
  /** Tests in Node pass their own; in the extension the browser's fetch handler is used. */
  requestHandler?: unknown;
}

/** The options shared by the Comprehend, Bedrock and S3 clients, with a per-service request timeout. */
export function awsClientConfig(settings: AwsClientSettings, requestTimeoutMs: number) {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    credentials: toCredentialProvider(settings.credentials),
    maxAttempts: settings.maxAttempts ?? 3,
    // Without throwOnRequestTimeout the Node handler only warns; the browser's fetch handler always throws.
    requestHandler: (settings.requestHandler ?? { requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true }) as never,
  };
}
