import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { toCredentialProvider } from './credentials';

describe('toCredentialProvider', () => {
  it('passes pasted keys through, with a session token only when there is one', () => {
    expect(toCredentialProvider({ kind: 'static', accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: '' })).toEqual({
      accessKeyId: 'AKID',
      secretAccessKey: 'secret',
    });
    expect(toCredentialProvider({ kind: 'static', accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'token' })).toEqual({
      accessKeyId: 'AKID',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('turns a Cognito identity pool into a provider the SDK calls when it needs keys', () => {
    expect(typeof toCredentialProvider({ kind: 'cognito', identityPoolId: 'eu-west-1:00000000-0000-0000-0000-000000000000', region: 'eu-west-1' })).toBe(
      'function',
    );
  });

  it('bundles for the browser without any Node built-in', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./credentials.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('credential-provider-cognito-identity'))).toBe(true);
    expect(inputs.filter((input) => /^node:|credential-provider-(ini|process|sso|imds)/.test(input))).toEqual([]);
  });
});
