import { useId } from 'react';
import { FORMAT_IDS, FORMATS } from '@/lib/formats';
import type { ProviderOffer } from '@/lib/messaging/protocol';
import type { Choices } from '@/lib/panel/state';
import { STYLE_IDS, STYLES } from '@/lib/styles';

interface PanelControlsProps {
  choices: Choices;
  /** The Bedrock model's own presets, offered beside the styles. */
  stylePresets: readonly string[];
  /** The providers Compare can set beside the current one. */
  alternatives: readonly ProviderOffer[];
  disabled: boolean;
  onChoose: (patch: Partial<Choices>) => void;
}

const COUNTS = [1, 2, 3, 4];

/** PHOTOREALISM → Photorealism, 3d-model → 3d model. */
function presetLabel(preset: string): string {
  const words = preset.toLowerCase().replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Format, style, model style, the provider to compare with, number of variations and the user's own words for the next image. */
export function PanelControls({ choices, stylePresets, alternatives, disabled, onChoose }: PanelControlsProps) {
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
      {stylePresets.length > 0 && (
        <>
          <label htmlFor={`${id}-preset`}>Model style</label>
          <select id={`${id}-preset`} value={choices.stylePreset} onChange={(e) => onChoose({ stylePreset: e.target.value })}>
            <option value="">None</option>
            {stylePresets.map((preset) => (
              <option key={preset} value={preset}>
                {presetLabel(preset)}
              </option>
            ))}
          </select>
        </>
      )}
      {alternatives.length > 1 && (
        <>
          <label htmlFor={`${id}-compare`}>Compare with</label>
          <select id={`${id}-compare`} value={choices.compareWith ?? alternatives[0]!.id} onChange={(e) => onChoose({ compareWith: e.target.value as Choices['compareWith'] })}>
            {alternatives.map((offer) => (
              <option key={offer.id} value={offer.id}>
                {offer.label}
              </option>
            ))}
          </select>
        </>
      )}
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
