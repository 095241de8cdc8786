import type { ImageForPage } from '@/lib/messaging/protocol';
import { useObjectUrl } from './useObjectUrl';

function Thumbnail({ image, selected, onSelect, index }: { image: ImageForPage; selected: boolean; onSelect: () => void; index: number }) {
  const url = useObjectUrl(image);
  return (
    <button type="button" className="thumbnail" aria-pressed={selected} aria-label={`Image ${index + 1}`} onClick={onSelect}>
      {url && <img src={url} alt="" />}
    </button>
  );
}

/** Every image made in this composer, newest first; the chosen one is the one Add to post uses. */
export function ImageStrip({ images, selectedId, onSelect }: { images: ImageForPage[]; selectedId?: string; onSelect: (id: string) => void }) {
  if (images.length < 2) return null;
  return (
    <div className="strip" role="group" aria-label="Your images">
      {images.map((image, index) => (
        <Thumbnail key={image.id} image={image} index={index} selected={image.id === selectedId} onSelect={() => onSelect(image.id)} />
      ))}
    </div>
  );
}
