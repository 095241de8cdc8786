/** Regions where Amazon Comprehend's synchronous Detect* APIs are offered (AWS regional table, 2026). */
export const COMPREHEND_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'us-gov-west-1',
] as const;

export type ComprehendRegion = (typeof COMPREHEND_REGIONS)[number];
