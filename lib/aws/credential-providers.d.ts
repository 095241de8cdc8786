// The package ships types for its deep files under dist-types/, not beside dist-es/: point the deep import there.
declare module '@aws-sdk/credential-providers/dist-es/fromCognitoIdentityPool.js' {
  export { fromCognitoIdentityPool } from '@aws-sdk/credential-providers/dist-types/fromCognitoIdentityPool';
}
