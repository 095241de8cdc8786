import * as v from 'valibot';
import { handleMessage } from '@/lib/messaging/handle';
import { generateImageRequest, imageRequest, jobRequest, prepareRequest, recentRequest, saveRequest, tokenRequest, unlockRequest } from '@/lib/messaging/schemas';
import type { MessageSender } from '@/lib/messaging/guard';
import { forPage } from '@/lib/pipeline/generate';
import type { JobOrigin } from '@/lib/pipeline/image-work';
import { broadcastPanelContextChanges } from '@/lib/pipeline/context-broadcast';
import { forgetOldJobs } from '@/lib/pipeline/journal';
import { guardFileChooser } from '@/lib/pipeline/chooser-guard';
import { activeTabDiagnostics } from '@/lib/pipeline/diagnostics';
import { injectPanel, verifyPanelToken } from '@/lib/pipeline/inject-panel';
import { readConfiguration } from '@/lib/settings/configuration';
import { cancelJob, runJob } from '@/lib/pipeline/jobs';
import { cacheImageWorkOnInstall, loadImageWork } from '@/lib/pipeline/load-image-work';
import { panelContext, switchModel } from '@/lib/pipeline/panel-context';
import { openFromShortcut } from '@/lib/pipeline/shortcut';
import { unlockWithLimit } from '@/lib/settings/unlock-attempts';
import { keepStorageFromContentScripts } from '@/lib/settings/storage-access';
import { markAttached, recentImages } from '@/lib/storage/history';

export default defineBackground(() => {
  cacheImageWorkOnInstall();
  void keepStorageFromContentScripts();
  void forgetOldJobs();
  broadcastPanelContextChanges();
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-post-to-image' && tab?.id !== undefined) void openFromShortcut(tab.id);
  });
  // The panel's frame and the extension's own pages; never LinkedIn's page or the content scripts in it.
  const everyone = ['panel-frame', 'extension-page'] as const;
  handleMessage('injectPanel', v.undefined(), ['linkedin-tab'], (_, sender) => injectPanel(sender));
  handleMessage('verifyPanelToken', tokenRequest, ['panel-frame'], ({ token }, sender) => verifyPanelToken(token, sender));
  handleMessage('composerDiagnostics', v.undefined(), ['extension-page'], () => activeTabDiagnostics());
  handleMessage('guardFileChooser', v.object({ on: v.boolean() }), ['linkedin-tab'], ({ on }, sender) => guardFileChooser(sender, on));
  handleMessage('preparePrompt', prepareRequest, [...everyone], async (request) =>
    (await loadImageWork()).preparePrompt(request, await readConfiguration()),
  );
  const jobOrigin = async (jobId: string, sender: MessageSender, signal: AbortSignal): Promise<JobOrigin> => ({
    jobId,
    configuration: await readConfiguration(),
    sender,
    signal,
  });
  handleMessage('generateImage', generateImageRequest, [...everyone], (request, sender) =>
    runJob(request.jobId, async (signal) => (await loadImageWork()).generateImages(request, await jobOrigin(request.jobId, sender, signal))),
  );
  handleMessage('resumeGeneration', jobRequest, [...everyone], ({ jobId }, sender) =>
    runJob(jobId, async (signal) => (await loadImageWork()).resumeGeneration(jobId, await jobOrigin(jobId, sender, signal))),
  );
  handleMessage('panelContext', v.undefined(), [...everyone], async () => panelContext(await readConfiguration()));
  handleMessage('switchModel', v.undefined(), [...everyone], async () => switchModel());
  handleMessage('unlockSecrets', unlockRequest, [...everyone], ({ passphrase }) => unlockWithLimit(passphrase));
  handleMessage('saveImageToS3', saveRequest, [...everyone], async ({ imageId, postText }) =>
    (await loadImageWork()).saveKeptImage(imageId, postText, await readConfiguration()),
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
