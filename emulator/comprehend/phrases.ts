import type { EntityType } from '@aws-sdk/client-comprehend';
import { DATE_WORDS, KNOWN_LOCATIONS, ORGANIZATION_WORDS, STOP_WORDS } from './lexicon';
import { baseLanguage, isCapitalised, roundScore, runsOf, spanText, type Token, tokenise } from './tokens';

interface Span {
  Text: string;
  Score: number;
  BeginOffset: number;
  EndOffset: number;
}

export type DetectedEntity = Span & { Type: EntityType };

const MAX_PHRASE_WORDS = 4;

/**
 * DetectKeyPhrases' answer: runs of content words (no function words, no Japanese particles) that are
 * several words long, or a single word that stands out: repeated, capitalised mid-sentence, long, or CJK.
 */
export function detectKeyPhrases(text: string, languageCode: string): Span[] {
  const tokens = tokenise(text);
  const stopWords = stopWordsOf(languageCode);
  const frequency = new Map<string, number>();
  for (const token of tokens) frequency.set(token.lower, (frequency.get(token.lower) ?? 0) + 1);
  const isContent = (token: Token) => !stopWords.has(token.lower) && token.script !== 'hiragana' && Array.from(token.text).length >= 2;

  const standsOut = (run: Token[]): boolean => {
    const [only] = run;
    if (run.length >= 2 || !only) return run.length >= 2;
    return (
      only.script !== 'other' ||
      (frequency.get(only.lower) ?? 0) >= 2 ||
      (isCapitalised(only) && (!only.sentenceStart || baseLanguage(languageCode) === 'de')) ||
      Array.from(only.text).length >= 8
    );
  };
  return runsOf(tokens, isContent)
    .flatMap((run) => chunks(run, MAX_PHRASE_WORDS))
    .filter(standsOut)
    .map((run) => span(text, run, 0.85 + 0.03 * run.length + 0.02 * ((frequency.get(run[0]!.lower) ?? 1) - 1)));
}

/**
 * DetectEntities' answer: capitalised runs (a lone capitalised word only mid-sentence, and in German,
 * where every noun is capitalised, only when it is a known name), known names in any script, years
 * and percentages.
 */
export function detectEntities(text: string, languageCode: string): DetectedEntity[] {
  const tokens = tokenise(text);
  const stopWords = stopWordsOf(languageCode);
  const characters = Array.from(text);
  const isNameWord = (token: Token) => isCapitalised(token) && !stopWords.has(token.lower);
  const names = runsOf(tokens, isNameWord)
    .filter((run) => run.length >= 2 || isKnown(run[0]!) || (!run[0]!.sentenceStart && baseLanguage(languageCode) !== 'de'))
    .map((run) => ({ ...span(text, run, 0.9), Type: nameType(run) }));
  const known = tokens
    .filter((token) => token.script !== 'other' && isKnown(token))
    .map((token) => ({ ...span(text, [token], 0.95), Type: nameType([token]) }));
  const numbers = tokens.flatMap((token): DetectedEntity[] => {
    if (/^(19|20)\d\d$/.test(token.text)) return [{ ...span(text, [token], 0.9), Type: 'DATE' }];
    if (/^\d/.test(token.text) && characters[token.end] === '%') {
      return [{ Text: `${token.text}%`, Score: 0.9, BeginOffset: token.begin, EndOffset: token.end + 1, Type: 'QUANTITY' }];
    }
    return [];
  });
  return [...names, ...known, ...numbers].sort((a, b) => a.BeginOffset - b.BeginOffset);
}

function nameType(run: Token[]): EntityType {
  const words = run.map((token) => token.text);
  if (words.some((word) => ORGANIZATION_WORDS.has(word))) return 'ORGANIZATION';
  if (words.some((word) => KNOWN_LOCATIONS.has(word))) return 'LOCATION';
  if (DATE_WORDS.has(run[0]!.lower)) return 'DATE';
  return run.length >= 2 && run.length <= 3 ? 'PERSON' : 'OTHER';
}

function isKnown(token: Token): boolean {
  return ORGANIZATION_WORDS.has(token.text) || KNOWN_LOCATIONS.has(token.text) || DATE_WORDS.has(token.lower);
}

function stopWordsOf(languageCode: string): Set<string> {
  return new Set(STOP_WORDS[baseLanguage(languageCode)] ?? []);
}

function span(text: string, run: Token[], score: number): Span {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return { Text: spanText(text, first, last), Score: roundScore(Math.min(0.999, score)), BeginOffset: first.begin, EndOffset: last.end };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
