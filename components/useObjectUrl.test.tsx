// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImageForPage } from '@/lib/messaging/protocol';
import { revokedWhileShown } from './shared/render.test-support';
import { useObjectUrl } from './useObjectUrl';

const image = (id: string): ImageForPage => ({ id, dataUrl: `data:image/png;base64,${btoa(id)}`, mimeType: 'image/png', width: 1, height: 1 });

function Picture({ image, remountKey }: { image?: ImageForPage; remountKey: string }) {
  const url = useObjectUrl(image);
  return url ? <img key={remountKey} src={url} alt="" /> : null;
}

describe('useObjectUrl', () => {
  const container = document.createElement('div');
  const root = createRoot(container);
  afterEach(() => act(() => root.render(null)));

  it('revokes a URL only once no <img> in the DOM shows it any more', () => {
    const revokedEarly = revokedWhileShown(container);

    act(() => root.render(<Picture image={image('first')} remountKey="first" />));
    const first = container.querySelector('img')!.getAttribute('src');
    // A new <img> element with the new picture, the way a strip re-keyed by image id mounts one.
    act(() => root.render(<Picture image={image('second')} remountKey="second" />));

    const second = container.querySelector('img')!.getAttribute('src');
    expect(second).toMatch(/^blob:/);
    expect(second).not.toBe(first);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(first);
    expect(revokedEarly).toEqual([]);

    act(() => root.render(<Picture remountKey="none" />));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(second);
    expect(container.querySelector('img')).toBeNull();
  });
});
