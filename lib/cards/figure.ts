/** Headline figures as posts write them: 40 %, $10M, €2.5bn, 1,000, 1.000, 10 000, 3x, 10×, 40％, 3倍. */

/** Digits with thousands or decimal separators; a space separates thousands only before exactly three digits. */
const AMOUNT = String.raw`\p{Nd}+(?:[.,'’٫٬]\p{Nd}+|[\u00A0\u202F ]\p{Nd}{3}(?!\p{Nd}))*`;
const SCALE = String.raw`(?:k|K|M|Mio\.?|Mrd\.?|bn|B|mn|million|billion|Millionen|milliards?|millones|万|億|亿|千)`;
const CURRENCY = '[$€£¥₹₩₽₺₪]';
const CURRENCY_AFTER = '(?:[$€£¥₹₩₽₺₪]|円|元|EUR|USD)';
/** Latin scales and signs end where a word would go on ("5 Mitarbeiter" is no 5M); Chinese and Japanese run on. */
const NOT_A_LETTER_AFTER = String.raw`(?![\p{Script=Latin}\p{Nd}])`;
const PERCENT_WORDS = String.raw`(?:\s(?:percent|per cent|Prozent|pour cent|por ciento|por cento|per cento)${NOT_A_LETTER_AFTER})`;

const FIGURE = new RegExp(
  [
    // $10M, € 2.5bn, £1,000
    String.raw`[+-]?${CURRENCY}\s?${AMOUNT}(?:\s?${SCALE}${NOT_A_LETTER_AFTER})?`,
    // 40 %, 40％, 3x, 10×, 2,5 Mio. €, 10 €, 5k, 3倍, 1000万円
    String.raw`[+-]?${AMOUNT}(?:\s?[%％‰٪]|${PERCENT_WORDS}|\s?${SCALE}(?:\s?${CURRENCY_AFTER})?${NOT_A_LETTER_AFTER}|\s?${CURRENCY_AFTER}|\s?[x×X]${NOT_A_LETTER_AFTER}|倍)`,
    // 1,000 or 1.000 or 10 000: a large count, written with separators
    String.raw`\p{Nd}{1,3}(?:[.,'’٬\u00A0\u202F ]\p{Nd}{3}(?!\p{Nd}))+`,
    // 25000: five digits or more
    String.raw`\p{Nd}{5,}`,
  ].map((form) => `(?:${form})`).join('|'),
  'gu',
);
/** A figure must not continue a word or another number ("v2", "B2B", "0,5" inside "10,5"). */
const BEFORE = /[\p{Script=Latin}\p{Nd}.,]$/u;

/** The notable figures in a sentence, in order; plain small numbers ("3 lessons") and years are not figures. */
export function figuresIn(sentence: string): string[] {
  const figures: string[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    if (BEFORE.test(sentence.slice(0, match.index))) continue;
    figures.push(match[0].trim());
  }
  return figures;
}
