// Deep import on purpose: the package root drags in Node-only providers (fs, child_process) that esbuild
// and Vite cannot drop from a browser bundle; this file pulls in only the Cognito client.
import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers/dist-es/fromCognitoIdentityPool.js';

/** Where the extension gets AWS credentials: keys the user pasted, or a Cognito identity pool. */
export type AwsCredentialSource =
  | { kind: 'static'; accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  | { kind: 'cognito'; identityPoolId: string; region: string };

export interface StaticAwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** What an AWS SDK client's `credentials` option takes: fixed keys, or a provider that fetches them. */
export type AwsCredentialProvider = StaticAwsCredentials | ReturnType<typeof fromCognitoIdentityPool>;

export function toCredentialProvider(source: AwsCredentialSource): AwsCredentialProvider {
  if (source.kind === 'cognito') {
    // Unauthenticated identities; the SDK caches the identity ID in IndexedDB, which service workers have.
    return fromCognitoIdentityPool({ identityPoolId: source.identityPoolId, clientConfig: { region: source.region } });
  }
  const { accessKeyId, secretAccessKey, sessionToken } = source;
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
