import { attachImage, type AttachStage } from '../linkedin/attach';
import type { Composer } from '../linkedin/composer';
import { composerDiagnostics } from '../linkedin/diagnostics';
import { composerTheme } from '../linkedin/theme';
import { guardChooser } from '../panel/chooser-guard';
import type { AttachOutcome, AttachRequest, DraftSource, ImageBytes } from '../panel/composer-link';
import { draftOrSentence } from '../panel/draft';
import { copyImageToClipboard } from '../panel/fallback';
import { imageBlob } from '../panel/state';

/**
 * The only place the host's composer meets lib/linkedin: the panel's requests act on the composer
 * whose host framed it, never on whichever composer a search finds first.
 */
export interface ComposerActions {
  draft(): DraftSource;
  attach(image: AttachRequest): Promise<AttachOutcome>;
  diagnostics(failedStage: AttachStage | undefined): string;
  /**
   * Copy image and Copy diagnostics: LinkedIn's page writes the clipboard, as the attach fallback does
   * (Chromium refused these writes from the extension's frame in our tests); the press in the frame
   * activates the page too.
   */
  copyImage(image: ImageBytes): Promise<boolean>;
  copyDiagnostics(failedStage: AttachStage | undefined): Promise<boolean>;
  theme(): 'light' | 'dark';
}

/** `composer` finds the host's composer as it is now: LinkedIn replaces its nodes (after every media step). */
export function composerActions(composer: () => Composer | undefined, extensionVersion: string): ComposerActions {
  const diagnostics = (failedStage: AttachStage | undefined) => composerDiagnostics(document, composer(), { extensionVersion, failedStage });
  return {
    draft: () => draftOrSentence(composer()),
    async attach({ dataUrl, mimeType, fileName, altText }) {
      // The worker puts the chooser guard in place while the image is decoded (a round trip less to wait for).
      // It takes the guard only from a LinkedIn tab's content script, which this is.
      const guarding = guardChooser();
      guarding.catch(() => undefined);
      const blob = imageBlob({ dataUrl, mimeType });
      const file = new File([blob], fileName, { type: mimeType });
      const result = await attachImage(composer(), file, { guardChooser: () => guarding, altText }).finally(async () => {
        // Also where attaching stopped before the media step: the page's own showPicker() is back either way.
        await (await guarding.catch(() => undefined))?.().catch(() => undefined);
      });
      const copied = !result.ok && result.stage !== 'file-rejected' && (await copyImageToClipboard(blob));
      return { result, copied };
    },
    copyImage: (image) => copyImageToClipboard(imageBlob(image)),
    diagnostics,
    copyDiagnostics: (failedStage) => navigator.clipboard.writeText(diagnostics(failedStage)).then(() => true, () => false),
    theme: () => {
      const found = composer();
      return found ? composerTheme(found.dialog) : 'light';
    },
  };
}
