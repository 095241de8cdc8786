import type { Analysis } from '../analysis/types';
import type { FormatId } from '../formats';
import type { StyleId } from '../styles';

export type ProviderId = 'offline' | 'openai' | 'bedrock';

export interface GenerateRequest {
  prompt: string;
  format: FormatId;
  style: StyleId;
  analysis: Analysis;
  /** The post's key message, for providers that typeset text (the offline renderer). */
  headline: string;
  /** How many images to make; providers that cannot make several make one. */
  count: number;
  signal: AbortSignal;
  /** Called with a low-quality preview where the provider streams one. */
  onPartialImage?: (image: GeneratedImage) => void;
}

export interface GeneratedImage {
  bytes: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

export interface ImageProvider {
  id: ProviderId;
  label: string;
  /** The longest prompt the model accepts, in characters. */
  promptLimit: number;
  generate(request: GenerateRequest): Promise<GeneratedImage[]>;
}
