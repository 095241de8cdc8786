/** Typesetting without a canvas: wrapping, fitting and truncating text given a way to measure it. */

/** Width of `text` set at `fontSize`, in the same unit as the box. */
export type Measure = (text: string, fontSize: number) => number;

export interface FitOptions {
  maxWidth: number;
  maxHeight: number;
  maxFontSize: number;
  minFontSize: number;
  /** Line advance as a multiple of the font size. */
  lineHeight: number;
  maxLines: number;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
}

const ELLIPSIS = '…';
/** Each try shrinks the font by this factor: fine enough to fill the box, few enough tries to be quick. */
const SHRINK = 0.94;
/** Binary-search steps when balancing lines: to within 1/256 of the width. */
const BALANCE_STEPS = 8;
/** Scripts written without spaces between words, so any character may start a line. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LETTER = /\p{L}/u;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters, so an emoji or an accented letter is never cut in half. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** True when the first letter belongs to a right-to-left script (Arabic, Hebrew…). */
export function isRightToLeft(text: string): boolean {
  const firstLetter = graphemes(text).find((grapheme) => LETTER.test(grapheme));
  return firstLetter !== undefined && RIGHT_TO_LEFT.test(firstLetter);
}

interface Piece {
  text: string;
  /** Whether a space separates this piece from the one before. */
  spaced: boolean;
}

/** Breakable pieces: words, and single characters inside unspaced scripts. */
function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let spaced = true;
    let run = '';
    const push = (piece: string) => {
      result.push({ text: piece, spaced });
      spaced = false;
    };
    for (const grapheme of graphemes(word)) {
      if (!UNSPACED.test(grapheme)) {
        run += grapheme;
        continue;
      }
      if (run) push(run);
      push(grapheme);
      run = '';
    }
    if (run) push(run);
  }
  return result;
}

/** Splits a piece wider than the line into line-wide chunks, grapheme by grapheme. */
function splitOverlong(piece: string, fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const grapheme of graphemes(piece)) {
    if (chunk && !fits(chunk + grapheme)) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += grapheme;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/** Greedy line filling: every line fits `maxWidth` unless a single grapheme alone is wider. */
export function wrapText(text: string, fontSize: number, maxWidth: number, measure: Measure): string[] {
  const fits = (candidate: string) => measure(candidate, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const joined = line && piece.spaced ? `${line} ${piece.text}` : line + piece.text;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const chunks = splitOverlong(piece.text, fits);
    line = chunks.pop() ?? '';
    lines.push(...chunks);
  }
  if (line) lines.push(line);
  return lines;
}

/** The narrowest wrap with no more lines than the widest one, so lines come out even (CSS `text-wrap: balance`). */
export function wrapBalanced(text: string, fontSize: number, maxWidth: number, measure: Measure): string[] {
  let best = wrapText(text, fontSize, maxWidth, measure);
  let [narrow, wide] = [maxWidth / 2, maxWidth];
  for (let step = 0; step < BALANCE_STEPS && best.length > 1; step++) {
    const width = (narrow + wide) / 2;
    const lines = wrapText(text, fontSize, width, measure);
    if (lines.length <= best.length) [best, wide] = [lines, width];
    else narrow = width;
  }
  return best;
}

/** Shortens `line` until it fits with an ellipsis after it: whole words go first, so no word is cut while one word fits. */
export function withEllipsis(line: string, fontSize: number, maxWidth: number, measure: Measure): string {
  const fits = (kept: string[], joiner: string) => measure(ending(kept.join(joiner)), fontSize) <= maxWidth;
  const words = line.split(' ').filter(Boolean);
  while (words.length > 1 && !fits(words, ' ')) words.pop();
  if (words.length > 1 || fits(words, ' ')) return ending(words.join(' '));
  const kept = graphemes(line);
  while (kept.length > 0 && !fits(kept, '')) kept.pop();
  return ending(kept.join(''));
}

const ending = (kept: string) => `${kept.replace(/[\s.,;:!?…-]+$/u, '')}${ELLIPSIS}`;

/**
 * The largest font size at which the text fits the box within maxLines. If even the smallest
 * size overflows, the text is cut after maxLines (or as many lines as fit) with an ellipsis.
 */
export function fitText(text: string, options: FitOptions, measure: Measure): FittedText {
  const { maxWidth, maxHeight, maxFontSize, minFontSize, lineHeight, maxLines } = options;
  const linesThatFit = (fontSize: number) => Math.max(1, Math.min(maxLines, Math.floor(maxHeight / (fontSize * lineHeight))));
  let fontSize = maxFontSize;
  let lines = wrapText(text, fontSize, maxWidth, measure);
  while (lines.length > linesThatFit(fontSize) && fontSize * SHRINK >= minFontSize) {
    fontSize *= SHRINK;
    lines = wrapText(text, fontSize, maxWidth, measure);
  }
  const limit = linesThatFit(fontSize);
  if (lines.length <= limit) return { fontSize, lines: wrapBalanced(text, fontSize, maxWidth, measure) };
  const kept = lines.slice(0, limit);
  kept[limit - 1] = withEllipsis(kept[limit - 1] ?? '', fontSize, maxWidth, measure);
  return { fontSize, lines: kept };
}
