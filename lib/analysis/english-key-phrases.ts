import { matchedRuns, spanOf, type EnglishDoc, type TaggedTerm } from './english-terms';
import type { PhraseCandidate } from './key-phrases';

/** Adjectives, nouns and hyphenated words in a row: "faster sign-up process", "new onboarding flow". */
const NOUN_PHRASE = '(#Adjective|#Noun|#Hyphenated)+';

/** Tags of words that only point at something ("our", "this", "today") rather than name it. */
const POINTER_TAGS = ['Pronoun', 'Determiner', 'Date', 'Conjunction', 'Preposition'];
/** Words compromise tags as nouns that say nothing about a post's subject. */
const FILLER = new Set(
  'our my your his her their its everyone everybody someone anyone everything something anything nothing thing things lot lots way ways e.g. i.e. etc'.split(' '),
);

const BASE_WEIGHT = 0.6;
const MULTI_WORD_BONUS = 0.15;
const NAME_BONUS = 0.15;

/** Noun phrases of an English post, trimmed of pointer words at both ends. */
export function englishKeyPhrases(doc: EnglishDoc, original: string): PhraseCandidate[] {
  return matchedRuns(doc, NOUN_PHRASE, original).flatMap((run) => {
    const phrase = trimmed(run);
    const span = spanOf(phrase, original);
    if (!span) return [];
    const isName = phrase.some((term) => term.tags.has('ProperNoun') || term.tags.has('Acronym'));
    const weight = BASE_WEIGHT + (phrase.length > 1 ? MULTI_WORD_BONUS : 0) + (isName ? NAME_BONUS : 0);
    return [{ ...span, weight }];
  });
}

const isPointer = (term: TaggedTerm) =>
  POINTER_TAGS.some((tag) => term.tags.has(tag)) || FILLER.has(term.text.toLowerCase());

/** Drops pointer words from both ends and adjectives from the end: a phrase ends in a noun. */
function trimmed(run: TaggedTerm[]): TaggedTerm[] {
  const start = run.findIndex((term) => !isPointer(term));
  const end = run.findLastIndex((term) => !isPointer(term) && term.tags.has('Noun'));
  return start < 0 || end < start ? [] : run.slice(start, end + 1);
}
