import { BEDROCK_MODELS, type BedrockModel } from './bedrock/models';
import { daysUntil } from './lifecycle';
import { OPENAI_IMAGE_MODELS } from './openai/models';

/** Catalogued models whose shutdown falls within the next `days` days, soonest first (for `npm run check-models`). */

export interface ComingShutdown {
  provider: 'openai' | 'bedrock';
  model: string;
  date: string;
  confirmed: boolean;
  daysLeft: number;
}

export function shutdownsWithin(days: number, today: string): ComingShutdown[] {
  const bedrock: [string, BedrockModel][] = Object.entries(BEDROCK_MODELS);
  const all = [
    ...Object.entries(OPENAI_IMAGE_MODELS).map(([model, info]) => ({ provider: 'openai' as const, model, shutdown: info.shutdown })),
    ...bedrock.map(([model, info]) => ({ provider: 'bedrock' as const, model, shutdown: info.shutdown })),
  ];
  return all
    .flatMap(({ provider, model, shutdown }) => (shutdown ? [{ provider, model, ...shutdown, daysLeft: daysUntil(shutdown.date, today) }] : []))
    .filter((entry) => entry.daysLeft >= 0 && entry.daysLeft <= days)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
