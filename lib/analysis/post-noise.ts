/**
 * The parts of a LinkedIn post that are not prose: links, @handles, the '#' of hashtags, emoji and
 * invisible characters. Shared by the analyser (which blanks them out) and the prompt cleaner
 * (which removes them).
 */

/** http(s) and www links, and LinkedIn's lnkd.in short links; trailing sentence punctuation stays out. */
export const URL_PATTERN = /(?:\bhttps?:\/\/|\bwww\.|\blnkd\.in\/)[^\s]*[^\s.,;:!?)\]}'"»…]/giu;

/** @handles. Not e-mail addresses: the '@' must not follow a word character. */
export const MENTION_PATTERN = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;

/** '#' plus the tag's word (group 1). "#1" is a number, not a hashtag, so a letter is required. */
export const HASHTAG_PATTERN = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

/**
 * One pictograph: with its emoji selector (©️), or a bare one from U+2190 on (❤ typed without its
 * selector); bare ©, ® and ™ are typography. Skin tone or selector and tag characters may follow.
 */
const PICTOGRAPH = String.raw`(?:\p{Extended_Pictographic}\uFE0F|(?![\u0000-\u218F])\p{Extended_Pictographic})(?:\p{Emoji_Modifier}|\uFE0F)?[\u{E0020}-\u{E007F}]*`;

/**
 * One emoji: a flag, a keycap, or pictographs joined by ZWJ (👩🏽‍💻). Spelled out rather than
 * \p{RGI_Emoji}, which is some 70 times slower on a long post.
 */
export const EMOJI_PATTERN = new RegExp(
  String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|${PICTOGRAPH}(?:\u200D${PICTOGRAPH})*`,
  'gu',
);

/** Width-less characters that only add noise: zero-width space, BOM, bidi controls, stray selectors. */
export const INVISIBLE_PATTERN = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE0E\uFE0F\uFEFF]/gu;

/** Zero-width (non-)joiners shape Indic and Persian words; only outside a word are they noise. */
export const STRAY_JOINER_PATTERN = /(?<![\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}])/gu;

/** C0/C1 control characters other than tab and line breaks. */
export const CONTROL_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

const spacesFor = (match: string) => ' '.repeat(match.length);

/**
 * Replaces links, @handles and the '#' of hashtags with spaces of the same length, so every index into
 * the result is also an index into the original post (key-phrase offsets stay true).
 */
export function blankOutNoise(text: string): string {
  return text
    .replace(URL_PATTERN, spacesFor)
    .replace(MENTION_PATTERN, spacesFor)
    .replace(HASHTAG_PATTERN, (_tag, word: string) => ` ${word}`);
}
