import * as v from 'valibot';
import { handleMessage } from '@/lib/messaging/handle';
import { sendMessage } from '@/lib/messaging/protocol';
import { generateImageRequest, imageRequest, jobRequest, prepareRequest } from '@/lib/messaging/schemas';
import { generateImages, resumeGeneration } from '@/lib/pipeline/generate';
import { forgetOldJobs } from '@/lib/pipeline/journal';
import { injectPanel } from '@/lib/pipeline/inject-panel';
import { cancelJob, runJob } from '@/lib/pipeline/jobs';
import { partialPreviewsFor } from '@/lib/pipeline/partial-previews';
import { preparePrompt } from '@/lib/pipeline/prepare';
import { activeProvider } from '@/lib/providers/registry';
import { markAttached } from '@/lib/storage/history';

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
  handleMessage('generateImage', generateImageRequest, [...everyone], (request, sender) =>
    runJob(request.jobId, async (signal) =>
      generateImages(request, signal, await activeProvider(), partialPreviewsFor(sender, request.jobId)),
    ),
  );
  handleMessage('resumeGeneration', jobRequest, [...everyone], ({ jobId }, sender) =>
    runJob(jobId, async (signal) => resumeGeneration(jobId, signal, await activeProvider(), partialPreviewsFor(sender, jobId))),
  );
  handleMessage('cancelGeneration', jobRequest, [...everyone], async ({ jobId }) => {
    cancelJob(jobId);
    return null;
  });
  handleMessage('markAttached', imageRequest, [...everyone], async ({ imageId }) => {
    await markAttached(imageId);
    return null;
  });
});
