import type { Hsl } from './colour';

/** A palette's colours in HSL before its contrast is made sure of: the mood's recipe, or the brand's colours. */
export interface Theme {
  mode: 'light' | 'dark';
  from: Hsl;
  to: Hsl;
  accents: [Hsl, Hsl];
  text: Hsl;
}
