import { useId } from 'react';
import { layoutLine } from '@/lib/panel/layout-choice';
import { TEMPLATES, type TemplateId } from '@/lib/templates';

interface LayoutChooserProps {
  /** The layouts that fit the post, the best first. */
  layouts: readonly TemplateId[];
  chosen: TemplateId;
  disabled: boolean;
  onChoose: (layout: TemplateId) => void;
}

/** The offline card's layout in words, and the other layouts that fit the post to choose from. */
export function LayoutChooser({ layouts, chosen, disabled, onChoose }: LayoutChooserProps) {
  const id = useId();
  return (
    <div className="layout-choice">
      <p className="note" id={`${id}-line`}>
        {layoutLine(chosen)}
      </p>
      {layouts.length > 1 && (
        <>
          <label htmlFor={`${id}-layout`}>Change layout</label>
          <select id={`${id}-layout`} value={chosen} disabled={disabled} aria-describedby={`${id}-line`} onChange={(e) => onChoose(e.target.value as TemplateId)}>
            {layouts.map((layout) => (
              <option key={layout} value={layout}>
                {TEMPLATES[layout].name}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
