import * as v from 'valibot';
import { handleMessage } from '@/lib/messaging/handle';
import { sendMessage } from '@/lib/messaging/protocol';
import { generateImageRequest, imageRequest, jobRequest, prepareRequest, recentRequest, saveRequest, unlockRequest } from '@/lib/messaging/schemas';
import type { MessageSender } from '@/lib/messaging/guard';
import { forPage, generateImages, resumeGeneration, type GenerationContext } from '@/lib/pipeline/generate';
import { forgetOldJobs } from '@/lib/pipeline/journal';
import { injectPanel } from '@/lib/pipeline/inject-panel';
import { type Configuration, readConfiguration } from '@/lib/pipeline/configuration';
import { cancelJob, runJob } from '@/lib/pipeline/jobs';
import { panelContext } from '@/lib/pipeline/panel-context';
import { lookFrom } from '@/lib/pipeline/look';
import { partialPreviewsFor } from '@/lib/pipeline/partial-previews';
import { saveKeptImage } from '@/lib/pipeline/save';
import { preparePrompt } from '@/lib/pipeline/prepare';
import { ensureWithinCap } from '@/lib/pricing/cap';
import { imageCostEstimator } from '@/lib/pricing/estimate';
import { activeProvider } from '@/lib/providers/registry';
import { unlockSecrets } from '@/lib/settings/secrets';
import { markAttached, recentImages } from '@/lib/storage/history';

export default defineBackground(() => {
  void forgetOldJobs();
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-post-to-image' && tab?.id !== undefined) {
      void sendMessage('openFromShortcut', undefined, tab.id).catch(() => undefined); // not a LinkedIn tab
    }
  });
  const everyone = ['linkedin-tab', 'extension-page'] as const;
  handleMessage('injectPanel', v.undefined(), ['linkedin-tab'], (_, sender) => injectPanel(sender));
  handleMessage('preparePrompt', prepareRequest, [...everyone], preparePrompt);
  const contextFor = (configuration: Configuration, signal: AbortSignal, sender: MessageSender, jobId: string): GenerationContext => {
    const active = activeProvider(configuration);
    return {
      signal,
      active,
      onPartialImage: partialPreviewsFor(sender, jobId),
      estimateCostUsd: imageCostEstimator(configuration.settings, active),
      look: lookFrom(configuration.settings.brand),
      historyLimits: {
        maxImages: configuration.settings.history.maxImages,
        maxBytes: configuration.settings.history.maxMegabytes * 1024 * 1024,
      },
    };
  };
  handleMessage('generateImage', generateImageRequest, [...everyone], (request, sender) =>
    runJob(request.jobId, async (signal) => {
      const configuration = await readConfiguration();
      const context = contextFor(configuration, signal, sender, request.jobId);
      await ensureWithinCap(request, configuration.settings, context.active.provider.id);
      return generateImages(request, context);
    }),
  );
  // A resumed job was held against the cap when it started.
  handleMessage('resumeGeneration', jobRequest, [...everyone], ({ jobId }, sender) =>
    runJob(jobId, async (signal) => resumeGeneration(jobId, contextFor(await readConfiguration(), signal, sender, jobId))),
  );
  handleMessage('panelContext', v.undefined(), [...everyone], async () => panelContext(await readConfiguration()));
  handleMessage('unlockSecrets', unlockRequest, [...everyone], ({ passphrase }) => unlockSecrets(passphrase));
  handleMessage('saveImageToS3', saveRequest, [...everyone], async ({ imageId, postText }) =>
    saveKeptImage(imageId, postText, await readConfiguration()),
  );
  handleMessage('cancelGeneration', jobRequest, [...everyone], async ({ jobId }) => {
    cancelJob(jobId);
    return null;
  });
  handleMessage('recentImages', recentRequest, [...everyone], async ({ limit }) =>
    (await recentImages(limit)).map((record) => forPage(record.id, record)),
  );
  handleMessage('markAttached', imageRequest, [...everyone], async ({ imageId }) => {
    await markAttached(imageId);
    return null;
  });
});
