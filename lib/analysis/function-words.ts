/**
 * franc-min knows no Danish, Norwegian or Finnish: it calls them Swedish, German or French. Their
 * function words give them away. Words that are also common English, German or Dutch words
 * ("for", "her", "er", "on", "kan") are left out so those languages never look Nordic.
 */
const FUNCTION_WORDS = {
  sv: 'och är inte jag att till också vara hur mycket vad några tack för mig dig sig efter blir vår vårt våra bara från här där ska har',
  da: 'og ikke jeg til også være hvordan meget hvad nogle tak mig dig sig efter bliver vores kun fra skal har af lidt jeres havde',
  no: 'og ikke jeg å til også være hvordan mye hva noen takk meg deg seg etter blir vår vårt våre fra skal har av litt dere hadde',
  fi: 'ja että ei ole olen oli ovat mutta kanssa tämä tämän kiitos myös kun jotka joka hän meidän niin vain kaikille kaikki nyt tai jos mitä',
} as const;

type FunctionWordLanguage = keyof typeof FUNCTION_WORDS;

const LANGUAGES = Object.keys(FUNCTION_WORDS) as FunctionWordLanguage[];
const WORD_SETS = new Map(LANGUAGES.map((code) => [code, new Set(FUNCTION_WORDS[code].split(' '))]));

/** Languages this module adds; Swedish is only here to be told apart from them. */
const ADDED_LANGUAGES = ['da', 'no', 'fi'] as const;
type AddedLanguage = (typeof ADDED_LANGUAGES)[number];
const isAdded = (code: string): code is AddedLanguage => (ADDED_LANGUAGES as readonly string[]).includes(code);

const MIN_HITS = 3;
/** Function words are a third of running text; under a sixth, the text is something else. */
const MIN_HIT_SHARE = 1 / 6;

export interface FunctionWordGuess {
  code: AddedLanguage;
  /** 0..1: how far ahead of the runner-up the winner is. */
  margin: number;
}

/** Danish, Norwegian or Finnish when their function words clearly dominate; otherwise undefined. */
export function guessByFunctionWords(text: string): FunctionWordGuess | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = (code: FunctionWordLanguage) => words.filter((word) => WORD_SETS.get(code)?.has(word)).length;
  const [best, runnerUp] = LANGUAGES.map((code) => ({ code, hits: hits(code) })).sort((a, b) => b.hits - a.hits);
  if (!best || !runnerUp || !isAdded(best.code)) return undefined;
  if (best.hits < MIN_HITS || best.hits < words.length * MIN_HIT_SHARE) return undefined;
  return { code: best.code, margin: (best.hits - runnerUp.hits) / best.hits };
}
