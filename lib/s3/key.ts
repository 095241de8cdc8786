import type { GeneratedImage } from '../image/types';

/** Where a saved image goes in the bucket: one folder per UTC day under the user's prefix. */

const EXTENSIONS: Record<GeneratedImage['mimeType'], string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** `prefix/YYYY/MM/DD/<id>.<ext>`; the prefix loses stray slashes ("/a//b/" is "a/b") and may be empty. */
export function s3KeyFor(prefix: string, date: Date, id: string, mimeType: GeneratedImage['mimeType']): string {
  const folders = prefix.split('/').filter((part) => part !== '');
  const day = [
    String(date.getUTCFullYear()).padStart(4, '0'),
    String(date.getUTCMonth() + 1).padStart(2, '0'),
    String(date.getUTCDate()).padStart(2, '0'),
  ];
  return [...folders, ...day, `${id}.${EXTENSIONS[mimeType]}`].join('/');
}
