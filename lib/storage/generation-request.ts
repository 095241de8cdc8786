import type { Analysis } from '../analysis/types';
import type { PostShape } from '../cards/post-shape';
import type { FormatId } from '../formats';
import type { ProviderId } from '../providers/types';
import type { StyleId } from '../styles';
import type { TemplateId } from '../templates';

/** What the panel asks the worker to make (the generateImage message): the journal keeps it to finish the job after a stop. */
export interface GenerateImageRequest {
  jobId: string;
  prompt: string;
  headline: string;
  analysis: Analysis;
  style: StyleId;
  format: FormatId;
  count: number;
  /** The user pressed again after the worker said this would go over the monthly cap. */
  overCapConfirmed?: boolean;
  /** A provider other than the user's default, for a side-by-side comparison. */
  provider?: ProviderId;
  /** Compare's other provider, asked at the same time: the monthly cap counts both images. */
  comparedWith?: ProviderId;
  /** Compare's other job: its reservation against the cap is counted once. */
  comparedJobId?: string;
  /** One of the Bedrock model's own style presets (PanelContext.stylePresets). */
  stylePreset?: string;
  /** The offline card's layout, as chosen in the panel, and the shape its words come from (PreparedPrompt.shape). */
  layout?: TemplateId;
  shape?: PostShape;
}
