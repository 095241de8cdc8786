import { useEffect, useMemo } from 'react';
import type { ImageForPage } from '@/lib/messaging/protocol';
import { imageBlob } from '@/lib/panel/state';

/**
 * A blob: URL for an image (LinkedIn's CSP allows blob: images). It is made while rendering and revoked
 * only after React has put the next one in the DOM: revoking first let a freshly mounted <img> start
 * loading a dead URL (net::ERR_FILE_NOT_FOUND).
 */
export function useObjectUrl(image: ImageForPage | undefined): string | undefined {
  const url = useMemo(() => (image ? URL.createObjectURL(imageBlob(image)) : undefined), [image]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}
