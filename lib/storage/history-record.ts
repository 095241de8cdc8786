import type { AnalyserId, Sentiment } from '../analysis/types';
import type { FormatId } from '../formats';
import type { GeneratedImage } from '../image/types';
import type { ProviderId } from '../providers/types';

/** Everything needed to reuse or account for an image the user may have paid for. */
export interface HistoryRecord {
  id: string;
  createdAt: number;
  prompt: string;
  provider: ProviderId;
  model: string;
  format: FormatId;
  analysis: { analyser: AnalyserId; sentiment: Sentiment; languageCode: string };
  mimeType: GeneratedImage['mimeType'];
  width: number;
  height: number;
  bytes: Uint8Array;
  estimatedCostUsd: number;
  attachedAt?: number;
  savedAt?: number;
}
