import { STOP_WORDS } from './lexicon';
import { roundScore } from './tokens';

export interface DominantLanguage {
  LanguageCode: string;
  Score: number;
}

/** Scripts that name their language outright, checked before word counting. */
const SCRIPTS: ReadonlyArray<{ code: string; pattern: RegExp }> = [
  { code: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { code: 'ko', pattern: /\p{Script=Hangul}/gu },
  { code: 'ar', pattern: /\p{Script=Arabic}/gu },
  { code: 'hi', pattern: /\p{Script=Devanagari}/gu },
];

// A few characters that exist only in traditional Chinese, to tell zh-TW from zh.
const TRADITIONAL_ONLY = /[們這個說來對時會學國與為們經發現還點讓]/u;

/**
 * DetectDominantLanguage's answer: the script when it is decisive, else the share of each language's
 * function words among all function words found, best first.
 */
export function detectDominantLanguages(text: string): DominantLanguage[] {
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  for (const { code, pattern } of SCRIPTS) {
    const share = (text.match(pattern) ?? []).length / letters;
    if (share > 0.2) return [{ LanguageCode: code, Score: roundScore(Math.min(0.99, 0.5 + share)) }];
  }
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length / letters;
  if (han > 0.3) return [{ LanguageCode: TRADITIONAL_ONLY.test(text) ? 'zh-TW' : 'zh', Score: roundScore(Math.min(0.99, 0.5 + han)) }];
  return byFunctionWords(text);
}

function byFunctionWords(text: string): DominantLanguage[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = Object.entries(STOP_WORDS).map(([code, list]) => {
    const set = new Set(list);
    return { code, count: words.filter((word) => set.has(word)).length };
  });
  const total = hits.reduce((sum, hit) => sum + hit.count, 0);
  // No function word at all: Comprehend still answers; a low score says it is a guess.
  if (total === 0) return [{ LanguageCode: 'en', Score: 0.2 }];
  return hits
    .filter((hit) => hit.count / total >= 0.05)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map((hit) => ({ LanguageCode: hit.code, Score: roundScore(hit.count / total) }));
}
