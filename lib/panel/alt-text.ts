import type { PreparedPrompt } from '../messaging/protocol';
import { trimToChars } from '../text/trim';

/** LinkedIn's alt-text field takes 1000 characters; screen readers read short ones best. */
export const ALT_TEXT_MAX = 120;

type Words = (subject: string) => string;

/** What a card shows: its words (a card's alt text says what is on it, not "Image of"). */
const CARD: Record<string, Words> = {
  en: (words) => `Text card: “${words}”`,
  de: (words) => `Textkarte: „${words}“`,
  fr: (words) => `Carte de texte : « ${words} »`,
  sv: (words) => `Textkort: ”${words}”`,
  es: (words) => `Tarjeta de texto: «${words}»`,
};

/** What a generated picture is about: the post's own key phrases. */
const PICTURE: Record<string, Words> = {
  en: (topics) => `Illustration about ${topics}`,
  de: (topics) => `Illustration zum Thema ${topics}`,
  fr: (topics) => `Illustration sur ${topics}`,
  sv: (topics) => `Illustration om ${topics}`,
  es: (topics) => `Ilustración sobre ${topics}`,
};

/**
 * Alt text from what the extension knows: the words drawn on a card, or the concept a picture was made from, in
 * the post's language (other languages get the post's own words alone), at most {@link ALT_TEXT_MAX} characters.
 */
export function altTextFor(prepared: PreparedPrompt, drawnCard: boolean): string {
  const language = prepared.analysis.languageCode.split('-')[0] ?? '';
  const topics = prepared.analysis.keyPhrases.slice(0, 3).map((phrase) => phrase.Text).join(', ') || prepared.headline;
  const subject = drawnCard ? prepared.headline : topics;
  const framed = (drawnCard ? CARD : PICTURE)[language]?.(subject) ?? subject;
  return trimToChars(framed, ALT_TEXT_MAX);
}
