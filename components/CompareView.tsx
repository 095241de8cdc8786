import type { ImageForPage } from '@/lib/messaging/protocol';
import { type ComparedSide, sideSummary } from '@/lib/panel/compare';
import { useObjectUrl } from './useObjectUrl';

interface CompareViewProps {
  sides: ComparedSide[];
  images: ImageForPage[];
  selectedId?: string;
  onSelect: (id: string) => void;
}

function Side({ side, image, selected, onSelect }: { side: ComparedSide; image?: ImageForPage; selected: boolean; onSelect: () => void }) {
  const url = useObjectUrl(image);
  return (
    <figure className="side" aria-busy={side.status === 'running'}>
      <figcaption>{side.label}</figcaption>
      {url ? <img src={url} alt={`Image from ${side.label}`} /> : <div className="placeholder" aria-hidden="true" />}
      <p className={side.status === 'failed' ? 'sentence' : 'note'}>{sideSummary(side)}</p>
      {image && (
        <button type="button" aria-pressed={selected} onClick={onSelect}>
          {selected ? 'Chosen' : 'Use this one'}
        </button>
      )}
    </figure>
  );
}

/** Compare's two images side by side, each with its provider, time and estimated cost; the chosen one is what Add to post uses. */
export function CompareView({ sides, images, selectedId, onSelect }: CompareViewProps) {
  return (
    <div className="compare" role="group" aria-label="Comparison">
      {sides.map((side) => (
        <Side
          key={side.jobId}
          side={side}
          image={images.find((image) => image.id === side.imageId)}
          selected={side.imageId !== undefined && side.imageId === selectedId}
          onSelect={() => side.imageId && onSelect(side.imageId)}
        />
      ))}
    </div>
  );
}
