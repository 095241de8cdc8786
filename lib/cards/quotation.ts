/** A quotation as posts write it, in the quotation marks of the languages the analyser reads. */

/** Opening marks, and the marks that may close each (German „…“, Swedish ”…”, Danish »…«, Japanese 「…」). */
const PAIRS: Record<string, string> = {
  '"': '"',
  '“': '”“',
  '„': '“”',
  '”': '”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '「': '」',
  '『': '』',
  '‘': '’',
  "'": "'",
  '〝': '〞〟',
};
const DASH = '[—–―~-]';
/** A name after the quote: short, with no sentence of its own. */
const ATTRIBUTION = /^[^.!?。！？"“”„«»「」『』]{2,60}$/u;
/** Fewer letters than this between the marks is a scare-quoted word, not a quotation. */
const MIN_QUOTED_LETTERS = 6;
const LETTER = /\p{L}/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export interface Quotation {
  sentence: string;
  attribution?: string;
}

const escape = (marks: string) => marks.replace(/[\]\\^-]/g, '\\$&');

/** `“Culture eats strategy for breakfast.” — Peter Drucker`, or the quote alone with the name given apart (`nextLine`). */
export function quotationIn(line: string, nextLine = ''): Quotation | undefined {
  const text = line.trim();
  const closing = PAIRS[text[0] ?? ''];
  if (!closing) return undefined;
  const match = new RegExp(`^.(.+)[${escape(closing)}]\\s*(?:${DASH}+\\s*(.*))?$`, 'u').exec(text);
  const sentence = match?.[1]?.trim();
  if (!match || !sentence) return undefined;
  const letters = sentence.match(LETTER)?.length ?? 0;
  if (letters < (UNSPACED.test(sentence) ? 3 : MIN_QUOTED_LETTERS)) return undefined;
  const after = new RegExp(`^${DASH}+\\s*(.+)$`, 'u').exec(nextLine.trim())?.[1];
  const attribution = (match[2] ?? after ?? '').trim().replace(/[.,;]+$/u, '');
  // Words after the closing mark that are not a name make the quote part of a longer sentence.
  if (match[2] !== undefined && !ATTRIBUTION.test(attribution)) return undefined;
  return ATTRIBUTION.test(attribution) ? { sentence, attribution } : { sentence };
}
