/** The question card: a big question mark, and the question the post asks its reader, as large as fits. */
import { drawTextBox, type CardTemplate } from './frame';
import { drawBigMark } from './mark';

const QUESTION_MARK = /[?？؟]$/u;

export const questionTemplate: CardTemplate = {
  draw(frame) {
    const { width, height, padding } = frame;
    const question = frame.shape.question ?? frame.headline;
    // The question's own mark: ？ in Chinese and Japanese, ؟ in Arabic.
    const markBottom = drawBigMark(frame, QUESTION_MARK.exec(question)?.[0] ?? '?');
    const maxFontSize = Math.min(width * 0.08, height * 0.125);
    const top = Math.max(frame.top, markBottom + padding * 0.4);
    drawTextBox(frame, { text: question, top, bottom: height - padding, style: '700', maxFontSize, lineHeight: 1.16, maxLines: 6 });
  },
};
