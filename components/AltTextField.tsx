import { useId } from 'react';
import { ALT_TEXT_MAX } from '@/lib/panel/alt-text';

interface AltTextFieldProps {
  altText: string;
  disabled: boolean;
  onChange: (altText: string) => void;
}

/** The alt text Add to post writes into LinkedIn's alt-text step; the user may change it first. */
export function AltTextField({ altText, disabled, onChange }: AltTextFieldProps) {
  const id = useId();
  return (
    <div className="alt-text">
      <label htmlFor={id}>Alt text (for people who cannot see the image)</label>
      <input id={id} type="text" value={altText} maxLength={ALT_TEXT_MAX} disabled={disabled} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
