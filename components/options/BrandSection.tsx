import { type ChangeEvent, useState } from 'react';
import { BRAND_COLOUR } from '@/lib/settings/schema';
import { TEMPLATE_IDS, TEMPLATES } from '@/lib/templates';
import { described, domIdOf, Notes, SelectField } from './fields';
import { LOGO_LIMIT, readLogo } from './logo-file';
import { Section } from './Section';
import type { Bound, OptionsForm } from './useOptionsForm';

const TEMPLATE_CHOICES = [
  { value: 'auto', label: 'The layout that fits each post' },
  ...TEMPLATE_IDS.map((template) => ({ value: template, label: `${TEMPLATES[template].label}, when it fits the post` })),
];
const WRONG_COLOUR = 'Write the colour as # and six hexadecimal digits, like #0a66c2, or leave it empty.';

interface ColourFieldProps {
  bound: Bound<string>;
  label: string;
  help: string;
}

/** A colour picker and the hex code beside it; only a valid code (or none) reaches the settings. */
function ColourField({ bound, label, help }: ColourFieldProps) {
  // What was typed while it is not a colour yet; the settings keep the last valid one meanwhile.
  const [typed, setTyped] = useState<string>();
  const id = domIdOf(bound.field);
  const problem = typed === undefined ? undefined : WRONG_COLOUR;
  const choose = (value: string) => {
    const valid = BRAND_COLOUR.test(value);
    setTyped(valid ? undefined : value);
    if (valid) bound.onChange(value);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          {...described(bound.field, problem)}
          type="text"
          value={typed ?? bound.value}
          placeholder="#0a66c2"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => choose(event.target.value)}
        />
        <input
          id={`${id}-picker`}
          type="color"
          value={bound.value || '#000000'}
          aria-describedby={`${id}-help`}
          onChange={(event) => choose(event.target.value)}
        />
        <label htmlFor={`${id}-picker`} className="help">
          Pick {label.toLowerCase()}
        </label>
      </div>
      <Notes field={bound.field} help={help} problem={problem} />
    </div>
  );
}

function LogoField({ bound }: { bound: Bound<string> }) {
  const [problem, setProblem] = useState<string>();
  const id = domIdOf(bound.field);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readLogo(file);
    input.value = '';
    setProblem(read.ok ? undefined : read.sentence);
    if (read.ok) bound.onChange(read.dataUrl);
  }

  return (
    <div className="field">
      <label htmlFor={id}>Logo</label>
      <input {...described(bound.field, problem)} type="file" accept="image/png,image/jpeg,image/svg+xml" onChange={(event) => void pick(event)} />
      {bound.value && (
        <div className="row">
          <img src={bound.value} alt="Your logo, as the cards will show it" style={{ height: '3rem', maxWidth: '12rem', objectFit: 'contain' }} />
          <button type="button" onClick={() => bound.onChange('')}>
            Remove logo
          </button>
        </div>
      )}
      <Notes field={bound.field} help={`PNG, JPEG or SVG, at most ${LOGO_LIMIT}. Drawn small in a top corner of each card.`} problem={problem} />
    </div>
  );
}

export function BrandSection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="brand"
      title="Brand on offline cards"
      intro="Cards made on this device can wear your colours and logo. Image models do not use these."
    >
      <ColourField
        bound={form.bind('brand', 'primary')}
        label="Brand colour"
        help="Fills the card. Empty: colours follow the post’s mood. Made lighter or darker where the text would be hard to read."
      />
      <ColourField bound={form.bind('brand', 'accent')} label="Accent colour" help="For the shapes and marks around the text." />
      <LogoField bound={form.bind('brand', 'logoDataUrl')} />
      <SelectField
        {...form.bind('brand', 'template')}
        label="Offline card layout"
        help="The first card uses this layout when the post has its shape (a list, a quotation, a figure, a question); the panel can change it for each image, and further variations take the other layouts that fit."
        choices={TEMPLATE_CHOICES}
      />
    </Section>
  );
}
