import { UserFacingError } from '../errors';
import type { SavedLink } from '../messaging/protocol';
import { saveToS3 } from '../s3/save';
import { s3Config } from '../settings/resolve';
import { getImage, markSaved } from '../storage/history';
import { unlockedSecrets, type Configuration } from '../settings/configuration';

/** Saves a kept image to the user's private bucket and answers with a presigned link. */
export async function saveKeptImage(imageId: string, postText: string, configuration: Configuration): Promise<SavedLink> {
  const config = s3Config(configuration.settings, unlockedSecrets(configuration));
  if (!config) throw new UserFacingError('Set a bucket and AWS credentials in Post to Image’s options to save images to S3.', 'no-s3');
  const image = await getImage(imageId);
  if (!image) throw new UserFacingError('This image is no longer in your history. Generate it again to save it.', 'no-image');
  // The post text goes only where the user opted in; saveToS3 drops it otherwise.
  const saved = await saveToS3({ ...image, postText }, config);
  await markSaved(imageId);
  return saved;
}
