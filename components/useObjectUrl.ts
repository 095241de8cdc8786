import { useEffect, useState } from 'react';
import type { ImageForPage } from '@/lib/messaging/protocol';
import { imageBlob } from '@/lib/panel/state';

/** A blob: URL for an image, revoked when the image changes (LinkedIn's CSP allows blob: images). */
export function useObjectUrl(image: ImageForPage | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!image) return setUrl(undefined);
    const created = URL.createObjectURL(imageBlob(image));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [image]);
  return url;
}
