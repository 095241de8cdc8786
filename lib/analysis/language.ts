import { francAll } from 'franc-min';
import { chineseVariant } from './chinese-script';
import { guessByFunctionWords } from './function-words';
import { blankOutNoise } from './post-noise';

/**
 * franc-min's languages (ISO 639-3) that have an ISO 639-1 code. The rest (Bhojpuri, Cebuano, Hmong…)
 * are not offered to franc, so it never answers with a language we cannot name.
 */
const ISO_639_1: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku',
  cmn: 'zh', deu: 'de', ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr',
  hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw',
  kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa',
  pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si',
  som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl',
  tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
};
const FRANC_LANGUAGES = Object.keys(ISO_639_1);

/** Languages Amazon Comprehend analyses (sentiment, key phrases and entities). */
export const COMPREHEND_LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'ar', 'hi', 'ja', 'ko', 'zh', 'zh-TW'] as const;

export type ComprehendLanguage = (typeof COMPREHEND_LANGUAGES)[number];

export function isComprehendLanguage(code: string): code is ComprehendLanguage {
  return (COMPREHEND_LANGUAGES as readonly string[]).includes(code);
}

export interface LanguageGuess {
  /** ISO 639-1 ("en", "sv", "zh-TW"), or "und". */
  code: string;
  /** 0..1. */
  score: number;
  confident: boolean;
}

/** Below this many letters trigram statistics are guesswork. */
const MIN_CONFIDENT_LETTERS = 40;
/** From this many letters on, length no longer limits the score. */
const FULL_SCORE_LETTERS = 80;
/** franc's top two scores closer than this are a coin toss (one-line English is often 0.02–0.1 ahead of Dutch). */
const CLOSE_MARGIN = 0.03;
/** A margin this wide counts as a clear win. */
const CLEAR_MARGIN = 0.15;

const UNDETERMINED: LanguageGuess = { code: 'und', score: 0, confident: false };

export function guessLanguage(text: string): LanguageGuess {
  const prose = blankOutNoise(text);
  const letters = weightedLetterCount(prose);
  if (letters === 0) return UNDETERMINED;
  const winner = guessByFunctionWords(prose) ?? guessByTrigrams(prose);
  if (!winner) return UNDETERMINED;
  const lengthFactor = Math.min(1, letters / FULL_SCORE_LETTERS);
  const marginFactor = Math.min(1, winner.margin / CLEAR_MARGIN);
  return {
    code: winner.code,
    score: round(lengthFactor * (0.5 + 0.5 * marginFactor)),
    confident: letters >= MIN_CONFIDENT_LETTERS && winner.margin >= CLOSE_MARGIN,
  };
}

function guessByTrigrams(prose: string): { code: string; margin: number } | undefined {
  const [top, second] = francAll(prose, { only: FRANC_LANGUAGES, minLength: 1 });
  const code = top && ISO_639_1[top[0]];
  if (!top || !code) return undefined;
  return {
    code: code === 'zh' ? chineseVariant(prose) : code,
    // A script only one language uses (Japanese kana, Hangul, Thai…) comes back alone: a sure thing.
    margin: second ? top[1] - second[1] : 1,
  };
}

/** Letters and vowel signs, with a CJK character worth two: one carries about as much as a short word. */
function weightedLetterCount(text: string): number {
  const letters = text.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return letters + cjk;
}

const round = (value: number) => Math.round(value * 100) / 100;
