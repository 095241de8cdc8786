import { moodOf, type Analysis, type EntityType, type Mood } from '../analysis/types';
import { wholeWords } from '../analysis/whole-words';
import type { FormatId } from '../formats';
import { STYLES, type StyleId } from '../styles';
import { cleanPostText } from './clean';
import { trimToChars } from '../text/trim';

/** The longest prompt each image service accepts, in characters. */
export const PROMPT_LIMITS = {
  titan: 512,
  'nova-canvas': 1024,
  stability: 10_000,
  'gpt-image': 32_000,
  'dall-e-3': 4000,
  offline: 1000,
} as const;

export interface PromptInput {
  analysis: Analysis;
  style: StyleId;
  format: FormatId;
  extraWords?: string;
  /** False keeps people, companies and products out of the picture (image services refuse many). */
  includeEntities: boolean;
  maxChars: number;
}

const MOOD_WORDS: Record<Mood, string> = {
  happy: 'bright, optimistic, warm light',
  sad: 'muted colours, reflective, soft overcast light',
  neutral: 'calm, balanced, even light',
};

const COMPOSITION_WORDS: Record<FormatId, string> = {
  landscape: 'wide landscape banner, subject centred with room on both sides',
  square: 'square composition, centred subject',
  portrait: 'tall portrait composition, subject in the upper two thirds',
};

const NAMED_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'COMMERCIAL_ITEM']);

/** Enough for a picture; more only blurs the subject. */
const MAX_SUBJECT_PHRASES = 6;
/** When the post gives nothing to draw. */
const FALLBACK_SUBJECT = 'an abstract professional theme';

/** Sections between the subject and the closing words, in prompt order. */
const SECTIONS = ['mood', 'style', 'composition'] as const;
/** The order sections are given up in when the prompt is too long. */
const DROP_ORDER = ['composition', 'mood', 'style'] as const;

const CLOSING_WORDS = 'No text, no watermark.';

/**
 * The image prompt: subject, mood, style, composition, "no text", then the user's own words. When
 * it is too long, later key phrases go first, then composition, mood and style; whatever is still
 * too long is cut at a word boundary.
 */
export function buildPrompt(input: PromptInput): string {
  const phrases = subjectPhrases(input);
  const sections: Record<(typeof SECTIONS)[number], string> = {
    mood: `Mood: ${MOOD_WORDS[moodOf(input.analysis.sentiment)]}.`,
    style: `Style: ${STYLES[input.style].words}.`,
    composition: `Composition: ${COMPOSITION_WORDS[input.format]}.`,
  };
  const extraWords = cleanPostText(input.extraWords ?? '');
  const assemble = (phraseCount: number, droppedSections: number) => {
    const dropped: readonly string[] = DROP_ORDER.slice(0, droppedSections);
    const subject = phraseCount > 0 ? phrases.slice(0, phraseCount).join(', ') : FALLBACK_SUBJECT;
    const kept = SECTIONS.filter((section) => !dropped.includes(section)).map((section) => sections[section]);
    return [`Image about ${subject}.`, ...kept, CLOSING_WORDS, extraWords].filter(Boolean).join(' ');
  };

  let phraseCount = phrases.length;
  let droppedSections = 0;
  let prompt = assemble(phraseCount, droppedSections);
  while (prompt.length > input.maxChars && (phraseCount > 1 || droppedSections < DROP_ORDER.length)) {
    if (phraseCount > 1) phraseCount -= 1;
    else droppedSections += 1;
    prompt = assemble(phraseCount, droppedSections);
  }
  return trimToChars(prompt, input.maxChars);
}

/** Key phrases as prose, without duplicates and, unless allowed, without names of people and companies. */
function subjectPhrases({ analysis, includeEntities }: PromptInput): string[] {
  const names = includeEntities
    ? []
    : analysis.entities.filter((entity) => NAMED_ENTITY_TYPES.has(entity.Type)).map((entity) => entity.Text);
  const seen = new Set<string>();
  return analysis.keyPhrases
    .map((phrase) => withoutNames(cleanPostText(phrase.Text), names))
    .filter((phrase) => {
      const key = phrase.toLowerCase();
      if (!/\p{L}/u.test(phrase) || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_SUBJECT_PHRASES);
}

/** Removes each name (and a possessive "'s" after it) where it stands as whole words. */
function withoutNames(phrase: string, names: readonly string[]): string {
  const stripped = names.reduce((text, name) => {
    const cleanName = cleanPostText(name);
    return cleanName ? text.replace(wholeWords(cleanName, "(?:['’]s)?"), ' ') : text;
  }, phrase);
  return stripped.replace(/\s+/gu, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}
