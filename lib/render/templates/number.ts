/** The number card: the post's one headline figure, huge, and the hook that says what it means beneath it. */
import { drawTextBox, type CardTemplate } from './frame';
import { drawAccentBar, headlineTemplate } from './headline';

/** Share of the room below the top band the figure may take. */
const FIGURE_SHARE = 0.52;

export const numberTemplate: CardTemplate = {
  draw(frame) {
    const { width, height, padding, shape } = frame;
    // A number chosen for a post without a figure is a headline card.
    if (!shape.figure) return headlineTemplate.draw(frame);
    drawAccentBar(frame);
    const split = frame.top + (height - padding - frame.top) * FIGURE_SHARE;
    const figureSize = Math.min(width * 0.3, height * 0.36);
    const figure = { text: shape.figure.value, top: frame.top, bottom: split, style: '700', maxFontSize: figureSize, minFontSize: figureSize * 0.2 };
    drawTextBox(frame, { ...figure, lineHeight: 1.05, maxLines: 1, align: 'bottom' });
    const meaningSize = Math.min(width * 0.048, height * 0.07);
    const meaning = { text: shape.figure.meaning, top: split + padding * 0.3, bottom: height - padding, style: '400', maxFontSize: meaningSize };
    drawTextBox(frame, { ...meaning, lineHeight: 1.25, maxLines: 4, align: 'top' });
  },
};
