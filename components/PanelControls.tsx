import { useId } from 'react';
import { FORMAT_IDS, FORMATS } from '@/lib/formats';
import type { Choices } from '@/lib/panel/session';
import { STYLE_IDS, STYLES } from '@/lib/styles';

interface PanelControlsProps {
  choices: Choices;
  disabled: boolean;
  onChoose: (patch: Partial<Choices>) => void;
}

const COUNTS = [1, 2, 3, 4];

/** Format, style, number of variations and the user's own words for the next image. */
export function PanelControls({ choices, disabled, onChoose }: PanelControlsProps) {
  const id = useId();
  return (
    <fieldset className="controls" disabled={disabled}>
      <legend className="visually-hidden">Image options</legend>
      <label htmlFor={`${id}-format`}>Format</label>
      <select id={`${id}-format`} value={choices.format} onChange={(e) => onChoose({ format: e.target.value as Choices['format'] })}>
        {FORMAT_IDS.map((format) => (
          <option key={format} value={format}>
            {FORMATS[format].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-style`}>Style</label>
      <select id={`${id}-style`} value={choices.style} onChange={(e) => onChoose({ style: e.target.value as Choices['style'] })}>
        {STYLE_IDS.map((style) => (
          <option key={style} value={style}>
            {STYLES[style].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-count`}>Variations</label>
      <select id={`${id}-count`} value={choices.count} onChange={(e) => onChoose({ count: Number(e.target.value) })}>
        {COUNTS.map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-extra`}>Extra words</label>
      <input
        id={`${id}-extra`}
        type="text"
        value={choices.extraWords}
        maxLength={200}
        placeholder="e.g. sunrise, blue tones"
        onChange={(e) => onChoose({ extraWords: e.target.value })}
      />
    </fieldset>
  );
}
