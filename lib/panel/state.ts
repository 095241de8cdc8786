import { dataUrlBytes } from '../image/bytes';
import type { FormatId } from '../formats';
import type { ImageForPage, PanelContext, SavedLink } from '../messaging/protocol';
import type { ProviderId } from '../providers/types';
import type { StyleId } from '../styles';
import type { TemplateId } from '../templates';
import type { ComparedSide } from './compare';
import type { AttachStage } from '../linkedin/attach';

/** What the panel shows, as data: the session changes it, React renders it. */

export type Step = 'idle' | 'analysing' | 'generating' | 'ready' | 'attaching' | 'attached' | 'saving';

/** What the next image should look like: starts from the user's defaults, changed in the panel. */
export interface Choices {
  format: FormatId;
  style: StyleId;
  extraWords: string;
  /** How many variations to ask for at once. */
  count: number;
  /** One of the Bedrock model's own presets, or '' for none. */
  stylePreset: string;
  /** The provider Compare sets beside the current one (the first with credentials by default). */
  compareWith?: ProviderId;
  /** The offline card's layout the user picked for this post; the best fit when absent or when it does not fit. */
  layout?: TemplateId;
}

export interface PanelState {
  step: Step;
  choices?: Choices;
  /** When the current step started (for the elapsed time). */
  stepStartedAt: number;
  /** The prompt the next image is made from; the user may edit it. */
  prompt: string;
  analyserNote: string;
  /** The offline card layouts that fit the post, the best first, once it has been read. */
  layouts?: TemplateId[];
  images: ImageForPage[];
  /** A rough preview streamed while the image is being made. */
  partial?: ImageForPage;
  selectedId?: string;
  /** A failure or hand-over sentence for the user. */
  sentence?: string;
  context?: PanelContext;
  /** The user's keys are locked: ask for the passphrase. */
  needsPassphrase: boolean;
  /** The provider will not serve the model: offer context.modelSwitch. */
  modelUnavailable?: boolean;
  savedLink?: SavedLink;
  /** Where the last Add to post stopped, for Copy diagnostics. */
  failedStage?: AttachStage;
  /** Alt text for the image, written from the post and editable before attaching ('' for none). */
  altText: string;
  /** The two sides of the last Compare, while it is on screen. */
  comparison?: ComparedSide[];
  /** The button in LinkedIn's page was pressed for a paid image: only a press in the panel makes it. */
  awaitingPress?: boolean;
}

export const INITIAL_STATE: PanelState = { step: 'idle', stepStartedAt: 0, prompt: '', analyserNote: '', images: [], needsPassphrase: false, altText: '' };

export function imageBlob(image: Pick<ImageForPage, 'dataUrl' | 'mimeType'>): Blob {
  return new Blob([dataUrlBytes(image.dataUrl) as BlobPart], { type: image.mimeType });
}
