/**
 * Comprehend counts offsets in Unicode code points; JavaScript indexes strings in UTF-16 code units.
 * Returns a converter from a code-unit index into `text` to the code-point index Comprehend would give.
 */
export function codePointIndexer(text: string): (codeUnitIndex: number) => number {
  // lowSurrogatesBefore[i]: second halves of surrogate pairs in text[0..i), each one unit too many.
  const lowSurrogatesBefore = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) {
    const isPairEnd = i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
    lowSurrogatesBefore[i + 1] = (lowSurrogatesBefore[i] ?? 0) + (isPairEnd ? 1 : 0);
  }
  return (codeUnitIndex) => codeUnitIndex - (lowSurrogatesBefore[codeUnitIndex] ?? 0);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
