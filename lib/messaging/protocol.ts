import { defineExtensionMessaging } from '@webext-core/messaging';
import { createListener } from './listen';
import type { Analysis } from '../analysis/types';
import type { PostShape } from '../cards/post-shape';
import type { FormatId } from '../formats';
import type { ProviderId } from '../providers/types';
import type { GenerateImageRequest } from '../storage/generation-request';
import type { Preferences } from '../storage/preferences';
import type { StyleId } from '../styles';

export interface PrepareRequest {
  draft: string;
  style: StyleId;
  format: FormatId;
  extraWords: string;
  /** A second provider the same prompt goes to (Compare): the prompt fits both. */
  compareWith?: ProviderId;
}

export interface PreparedPrompt {
  prompt: string;
  headline: string;
  analysis: Analysis;
  providerLabel: string;
  /** The post's shape for the offline card: the layouts that fit, the user's preferred one first. */
  shape: PostShape;
}

/** An image as the content script receives it: already kept in the history under `id`. */
export interface ImageForPage {
  id: string;
  dataUrl: string;
  mimeType: string;
  width: number;
  height: number;
}

/** Failures cross the message boundary as data: one sentence, never a stack or a secret. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; sentence: string; code: string };

/** A provider the user can use now, with what an image from it costs in each format. */
export interface ProviderOffer {
  id: ProviderId;
  label: string;
  estimatedCostUsd: Record<FormatId, number>;
}

/** What the panel may know about the setup: readiness and spending, never a key. */
export interface PanelContext {
  providerId?: ProviderId;
  providerLabel: string;
  s3Ready: boolean;
  locked: boolean;
  /** USD per image from the current provider and model, for each format; absent while locked or missing keys hide the provider. */
  estimatedCostUsd?: Record<FormatId, number>;
  monthSpendUsd: number;
  /** 0 means no cap. */
  monthlyCapUsd: number;
  /** The other providers with credentials, for Compare. */
  alternatives: ProviderOffer[];
  /** A model that works today for the current provider, offered in one click when its model is unavailable. */
  modelSwitch?: { label: string };
  /** The current Bedrock model's own style presets; empty for other providers. */
  stylePresets: readonly string[];
  /** The user's defaults for a new image (the content script cannot read storage where the browser closes it). */
  defaults: Pick<Preferences, 'format' | 'style' | 'extraWords'>;
}

export interface SavedLink {
  key: string;
  url: string;
  expiresAt: number;
}

export interface ProtocolMap {
  panelContext(): Outcome<PanelContext>;
  /** The panel's one click: the current provider moves to PanelContext.modelSwitch; answers the new context. */
  switchModel(): Outcome<PanelContext>;
  /** The passphrase typed into the panel; the worker keeps the derived key for this browser session. */
  unlockSecrets(request: { passphrase: string }): Outcome<boolean>;
  saveImageToS3(request: { imageId: string; postText: string }): Outcome<SavedLink>;
  /** From the panel's frame: is this the token our content script in my tab handed me? */
  verifyPanelToken(request: { token: string }): Outcome<boolean>;
  /** From the worker to a LinkedIn tab, for verifyPanelToken. */
  isPanelToken(request: { token: string }): boolean;
  /** From the composer watcher: load the panel's script into this frame. */
  injectPanel(): Outcome<null>;
  /** From the panel while it attaches: keep LinkedIn's showPicker() from opening the file chooser (on), then undo (off). */
  guardFileChooser(request: { on: boolean }): Outcome<null>;
  /** From the popup: the active LinkedIn tab's composer diagnostics (markup skeleton, versions, failed stage). */
  composerDiagnostics(): Outcome<string>;
  preparePrompt(request: PrepareRequest): Outcome<PreparedPrompt>;
  generateImage(request: GenerateImageRequest): Outcome<ImageForPage[]>;
  /** After the worker was stopped mid-generation: what that job made, or a new run of it. */
  resumeGeneration(request: { jobId: string }): Outcome<ImageForPage[]>;
  cancelGeneration(request: { jobId: string }): Outcome<null>;
  markAttached(request: { imageId: string }): Outcome<null>;
  /** The newest images in the history, so any can be added to a post again. */
  recentImages(request: { limit: number }): Outcome<ImageForPage[]>;
  /** From the worker to LinkedIn tabs: the options or the keys' lock changed what the panel shows (price, cap, provider). */
  panelContextChanged(): void;
  /** From the worker to the tab that asked: a first, rough preview while the image is being made. */
  partialImage(update: { jobId: string; image: ImageForPage }): void;
}

export const { sendMessage } = defineExtensionMessaging<ProtocolMap>();
/** Our own listener, not the library's: see lib/messaging/listen.ts. */
export const listener = createListener<ProtocolMap>();
export const { onMessage } = listener;
