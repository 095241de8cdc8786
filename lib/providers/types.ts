import type { Analysis } from '../analysis/types';
import type { FormatId } from '../formats';
import type { GeneratedImage } from '../image/types';
import type { StyleId } from '../styles';
import type { PostShape } from '../cards/post-shape';
import type { TemplateChoice, TemplateId } from '../templates';

export const PROVIDER_IDS = ['openai', 'bedrock', 'offline'] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

/** How the offline renderer dresses its cards; image models ignore it. */
export interface CardLook {
  /** The options' layout: preferred whenever it fits the post. */
  template?: TemplateChoice;
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
  /** The offline card's layout, as the panel chose it; the first that fits the post when absent. */
  layout?: TemplateId;
  /** The post's shape as read when the prompt was made; read from the headline when absent. */
  shape?: PostShape;
  /** How each paid call is made (the pipeline keeps its answer first); asked directly by default. */
  paidCalls?: PaidCalls;
}

/** One paid call of a request: its place in the plan and how many images it is billed for. */
export interface PaidCall {
  index: number;
  count: number;
}

/**
 * Makes one paid call: `ask` makes it and gives the answer's body as received; `refused` tells a failure the
 * service answered (nothing billed) from one whose fate is unknown (possibly billed). The pipeline keeps each
 * answer before the provider reads it, and hands back the one an earlier run of the job kept instead of asking again.
 * Undefined means the call is not to be made (a stopped worker lost its answer): the provider skips it.
 */
export type PaidCalls = (call: PaidCall, ask: () => Promise<string>, refused: (error: unknown) => boolean) => Promise<string | undefined>;

export const askDirectly: PaidCalls = (_call, ask) => ask();

export interface ImageProvider {
  id: ProviderId;
  label: string;
  /** The longest prompt the model accepts, in characters. */
  promptLimit: number;
  generate(request: GenerateRequest): Promise<GeneratedImage[]>;
}
