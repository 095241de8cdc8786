import type { ImageForPage } from '@/lib/messaging/protocol';

export function Preview({ image, url }: { image: ImageForPage; url: string | undefined }) {
  return (
    <figure className="preview">
      {url && <img src={url} width={image.width} height={image.height} alt="Generated image for your post" />}
      <figcaption>
        {image.width}×{image.height}
      </figcaption>
    </figure>
  );
}
