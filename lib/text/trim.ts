/** A cut at a word boundary may give up at most this share of the room, else the cut stays mid-word. */
const WORD_BOUNDARY_SLACK = 0.2;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The longest prefix of `text` that is at most `maxBytes` long in UTF-8, cut between grapheme
 * clusters (a flag, a family emoji or a letter with its accents stays whole), at a word boundary
 * when one is near. Lone surrogates become U+FFFD first, as any UTF-8 encoder would make them.
 */
export function trimToUtf8Bytes(text: string, maxBytes: number): string {
  return trimTo(text, maxBytes, utf8Length);
}

/** Like trimToUtf8Bytes, counting UTF-16 code units (String length, never fewer than code points). */
export function trimToChars(text: string, maxChars: number): string {
  return trimTo(text, maxChars, (part) => part.length);
}

function trimTo(text: string, limit: number, measure: (part: string) => number): string {
  const source = text.toWellFormed();
  if (measure(source) <= limit) return source;
  const clusterEnds = new Set<number>();
  let used = 0;
  let cut = 0;
  for (const { segment, index } of graphemes.segment(source)) {
    used += measure(segment);
    if (used > limit) break;
    cut = index + segment.length;
    clusterEnds.add(cut);
  }
  // Trailing spaces go too, unless one belongs to a cluster (a prepended mark may carry a space).
  const tidyPrefix = (end: number) => {
    const trimmed = source.slice(0, end).trimEnd();
    return clusterEnds.has(trimmed.length) ? trimmed : source.slice(0, end);
  };
  const boundary = lastWordStart(source, cut);
  const nearWord = boundary >= cut * (1 - WORD_BOUNDARY_SLACK) && clusterEnds.has(boundary);
  return (nearWord && tidyPrefix(boundary)) || tidyPrefix(cut);
}

/** Where the last word (or space, or punctuation) starting at or before `cut` begins. */
function lastWordStart(source: string, cut: number): number {
  let start = 0;
  for (const { index } of words.segment(source)) {
    if (index > cut) break;
    start = index;
  }
  return start;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}
