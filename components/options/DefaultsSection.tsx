import { FORMAT_IDS, FORMATS } from '@/lib/formats';
import { STYLE_IDS, STYLES } from '@/lib/styles';
import { CheckboxField, SelectField, TextField } from './fields';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

const STYLE_CHOICES = STYLE_IDS.map((style) => ({ value: style, label: STYLES[style].label }));
const FORMAT_CHOICES = FORMAT_IDS.map((format) => ({ value: format, label: FORMATS[format].label }));

export function DefaultsSection({ form }: { form: OptionsForm }) {
  return (
    <Section id="defaults" title="Defaults for new images" intro="The panel starts with these; you can change them there for each post.">
      <SelectField {...form.bindPreference('style')} label="Style" help="Adds words for this look to every prompt." choices={STYLE_CHOICES} />
      <SelectField
        {...form.bindPreference('format')}
        label="Format"
        help="LinkedIn shows landscape images across the feed, square and portrait ones larger on phones."
        choices={FORMAT_CHOICES}
      />
      <TextField {...form.bindPreference('extraWords')} label="Extra words for every prompt" help="For example your brand colours: “navy and orange”." />
      <CheckboxField
        {...form.bindPreference('includeEntities')}
        label="Keep names of people, organisations and products in the prompt"
        help="Off by default: image models draw real people and logos badly, and may refuse them."
      />
    </Section>
  );
}
