import { createOfflineProvider } from './offline';
import type { ImageProvider } from './types';

export interface ActiveProvider {
  provider: ImageProvider;
  model: string;
}

let offline: ImageProvider | undefined;

/** The provider that makes the next image. With no cloud credentials set, the offline renderer. */
export async function activeProvider(): Promise<ActiveProvider> {
  offline ??= createOfflineProvider();
  return { provider: offline, model: 'offline-card' };
}
