import { imageWork } from '@/lib/pipeline/image-work';
import { exposeImageWork } from '@/lib/pipeline/load-image-work';

// Loaded into the background by lib/pipeline/load-image-work.ts when a message first needs it.
export default defineUnlistedScript(() => exposeImageWork(imageWork));
