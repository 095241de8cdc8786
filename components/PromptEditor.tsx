import { useId } from 'react';

interface PromptEditorProps {
  prompt: string;
  disabled: boolean;
  onChange: (prompt: string) => void;
  onReset: () => void;
}

/** The prompt, shown and editable: Regenerate uses what is written here. */
export function PromptEditor({ prompt, disabled, onChange, onReset }: PromptEditorProps) {
  const id = useId();
  return (
    <div className="prompt">
      <label htmlFor={id}>Prompt used for the image (edit it, then press Regenerate)</label>
      <textarea id={id} value={prompt} disabled={disabled} rows={4} onChange={(event) => onChange(event.target.value)} />
      <button type="button" disabled={disabled} onClick={onReset}>
        Reset prompt
      </button>
    </div>
  );
}
