/** Words with their positions, and other helpers shared by the emulated Comprehend's recognisers. */

export interface Token {
  text: string;
  lower: string;
  /** Offsets in Unicode code points, as Comprehend counts "characters". */
  begin: number;
  end: number;
  /** First word of the text or of a sentence (its capital letter says nothing). */
  sentenceStart: boolean;
  /** Only spaces (or nothing, between scripts) separate it from the previous token: a phrase may continue. */
  joined: boolean;
  script: 'han' | 'katakana' | 'hiragana' | 'other';
}

// Han and katakana runs are the content words of Japanese and Chinese; hiragana runs are mostly particles.
const WORD =
  /[\p{Script=Han}]+|[\p{Script=Katakana}ー]+|[\p{Script=Hiragana}]+|[[\p{L}\p{N}]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]][[\p{L}\p{N}'’\-]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]]*/gv;

export function tokenise(text: string): Token[] {
  const codePointAt = codePointIndex(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/u, '').replace(/['’-]+$/u, '');
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      begin: codePointAt[start] ?? 0,
      end: codePointAt[start + word.length] ?? 0,
      sentenceStart: tokens.length === 0 || /[.!?:;。！？\n]/u.test(gap),
      joined: tokens.length > 0 && /^[ \t]*$/u.test(gap),
      script: scriptOf(word),
    });
    previousEnd = start + word.length;
  }
  return tokens;
}

/** The text between two tokens' offsets, cut by code points like the offsets themselves. */
export function spanText(text: string, from: Token, to: Token): string {
  return Array.from(text).slice(from.begin, to.end).join('');
}

function scriptOf(word: string): Token['script'] {
  if (/^\p{Script=Han}/u.test(word)) return 'han';
  if (/^\p{Script=Katakana}/u.test(word)) return 'katakana';
  if (/^\p{Script=Hiragana}/u.test(word)) return 'hiragana';
  return 'other';
}

export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** For each UTF-16 index, the code point index it falls on (plus one past the end). */
function codePointIndex(text: string): number[] {
  const index: number[] = [];
  let codePoints = 0;
  for (const character of text) {
    index.push(codePoints);
    if (character.length === 2) index.push(codePoints);
    codePoints += 1;
  }
  index.push(codePoints);
  return index;
}

/** Comprehend's scores have a few decimals; four are plenty. */
export function roundScore(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}

/** Maximal runs of joined tokens that all pass `belongs`: candidate phrases and names. */
export function runsOf(tokens: readonly Token[], belongs: (token: Token) => boolean): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (belongs(token) && (current.length === 0 || token.joined)) {
      current.push(token);
      continue;
    }
    if (current.length > 0) runs.push(current);
    current = belongs(token) ? [token] : [];
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Comprehend language codes share word lists by base language ("zh-TW" uses "zh"). */
export function baseLanguage(languageCode: string): string {
  return languageCode.split('-')[0] ?? languageCode;
}
