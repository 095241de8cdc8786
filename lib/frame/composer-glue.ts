import { attachImage } from '../linkedin/attach';
import type { Composer } from '../linkedin/composer';
import { composerTheme } from '../linkedin/theme';
import type { AttachOutcome, AttachRequest, DraftSource } from '../panel/composer-link';
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
  theme(): 'light' | 'dark';
}

export function composerActions(composer: Composer): ComposerActions {
  return {
    draft: () => draftOrSentence(composer),
    async attach({ dataUrl, mimeType, fileName }) {
      const blob = imageBlob({ dataUrl, mimeType });
      const result = await attachImage(composer.editor.ownerDocument, new File([blob], fileName, { type: mimeType }));
      const copied = !result.ok && result.reason === 'not-attached' && (await copyImageToClipboard(blob));
      return { result, copied };
    },
    theme: () => composerTheme(composer.dialog),
  };
}
