import type { Analysis } from '../analysis/types';
import type { FormatId } from '../formats';
import type { StyleId } from '../styles';
import type { TemplateId } from '../templates';

export const PROVIDER_IDS = ['openai', 'bedrock', 'offline'] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

/** How the offline renderer dresses its cards; image models ignore it. */
export interface CardLook {
  template?: TemplateId;
  brand?: {
    /** '#rrggbb'; anything else leaves the mood's colours. */
    primary?: string;
    accent?: string;
    /** PNG, JPEG or SVG bytes. */
    logo?: Uint8Array;
  };
}

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
  look?: CardLook;
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
