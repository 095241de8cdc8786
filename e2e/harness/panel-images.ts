import { until } from './poll';
import type { TestPage } from './types';

type Deep = { __deep(selector: string): Element[] };

/**
 * SHA-256 of the bytes behind each image the deep selector finds, in document order: which image a
 * thumbnail, a preview or the composer shows, compared by content rather than by how it is labelled.
 * An image whose blob: URL was revoked while it was being read (the panel swaps them when the selection
 * changes) reads as '', so a poll simply reads again.
 */
export async function imageDigests(page: TestPage, selector: string): Promise<string[]> {
  const inPage = await page.evaluate(digestsOf, selector);
  return inPage.length > 0 ? inPage : page.evaluateInPanel(digestsOf, selector);
}

/** Page function: the digests of the images `selector` finds here (in the page, or in our panel's frame). */
function digestsOf(s: string): Promise<string[]> {
  {
    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const images = (window as unknown as Deep).__deep(s) as HTMLImageElement[];
    const digest = async (image: HTMLImageElement) => hex(await crypto.subtle.digest('SHA-256', await (await fetch(image.src)).arrayBuffer()));
    return Promise.all(images.map((image) => digest(image).catch(() => '')));
  }
}

/** The panel's strip, newest first: one digest per thumbnail. */
export const stripDigests = (page: TestPage) => imageDigests(page, 'section.panel .strip img');

/** The panel's strip once every thumbnail shows its image. */
export const settledStrip = (page: TestPage, thumbnails: number) =>
  until(() => stripDigests(page), (digests) => digests.length === thumbnails && !digests.includes(''), `${thumbnails} thumbnails with their images`);

const PREVIEW = 'section.panel .preview img';

/** The blob: URL of the panel's preview; it changes when another image is picked (and the old one is revoked). */
export const previewSource = (page: TestPage) =>
  page.evaluateInPanel((s) => ((window as unknown as Deep).__deep(s)[0] as HTMLImageElement | undefined)?.src, PREVIEW);

export const previewDigest = async (page: TestPage) => (await imageDigests(page, PREVIEW))[0];

/** The bytes of the image the panel offers to add, as it offers them. */
export async function previewBytes(page: TestPage): Promise<Buffer> {
  const base64 = await page.evaluateInPanel(async (s) => {
    const image = (window as unknown as Deep).__deep(s)[0] as HTMLImageElement | undefined;
    if (!image) throw new Error('The panel shows no image.');
    const bytes = new Uint8Array(await (await fetch(image.src)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, PREVIEW);
  return Buffer.from(base64, 'base64');
}
