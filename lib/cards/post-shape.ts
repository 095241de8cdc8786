/**
 * The post's shape, read as a designer would: a list of points, a quotation, one headline figure, a question to
 * the reader, or none of these (a headline). It says which card layouts fit, the best first, and what each shows.
 */
import { EMOJI_PATTERN } from '../analysis/post-noise';
import { cleanPostText, headlineOf } from '../prompt/clean';
import { trimToChars } from '../text/trim';
import type { TemplateChoice, TemplateId } from '../templates';
import { figuresIn } from './figure';
import { quotationIn, type Quotation } from './quotation';

export interface PostShape {
  /** The layouts that fit the post, the best first; Headline always fits. */
  layouts: TemplateId[];
  list?: { title: string; points: string[] };
  quote?: Quotation;
  /** The one figure the hook is about, and the hook that says what it means. */
  figure?: { value: string; meaning: string };
  question?: string;
}

/** Longest list a card is given; it shows as many as fit. */
export const MAX_POINTS = 12;
export const MAX_POINT_CHARS = 200;
/** More than any card sets: a longer quotation ends in an ellipsis. */
const MAX_QUOTE_CHARS = 600;

/** 1. 1) 1、 (1) a) ① 1️⃣ 🔟, and bullets: • → ✅ - *. */
const MARKER = anchored([
  String.raw`(?:\p{Nd}{1,2}|[a-zA-Z])[.)．）:：](?=\s)`,
  String.raw`\p{Nd}{1,2}[、．]`,
  String.raw`[(（]\p{Nd}{1,2}[)）]`,
  String.raw`[\u2460-\u2473\u2776-\u2793]`,
  String.raw`[#*0-9]\uFE0F?\u20E3|\u{1F51F}`,
  String.raw`(?:[✅✔☑✓✗✘❌]|[•·●○◦▪▫■□◆◇►▶▸▹➤➜➔→⇒★☆>*+~–—-](?=\s))\uFE0F?`,
]);
/** Any other emoji before a line ("🚀 Faster builds") marks a point only in a run of three or more. */
const EMOJI_MARKER = anchored([EMOJI_PATTERN.source]);
const MIN_POINTS = { marked: 2, emoji: 3 };

function anchored(forms: string[]): RegExp {
  return new RegExp(String.raw`^\s*(?:${forms.map((form) => `(?:${form})`).join('|')})\s*`, 'u');
}
const QUESTION_END = /[?？؟]$/u;
const LETTER = /[\p{L}\p{N}]/u;

const linesOf = (draft: string) => draft.split(/\r\n|[\n\r\u2028\u2029]/u).map((line) => line.trim()).filter((line) => LETTER.test(line));

interface Run {
  start: number;
  points: string[];
  /** Some point has a list marker, not only an emoji. */
  marked: boolean;
}

const enough = (run: Run) => run.points.length >= (run.marked ? MIN_POINTS.marked : MIN_POINTS.emoji);

/** The longest run of marked lines, with the text before it. */
function listIn(lines: string[]): PostShape['list'] {
  let best: Run | undefined;
  let run: Run | undefined;
  lines.forEach((line, index) => {
    const listMarker = MARKER.exec(line);
    const marker = listMarker ?? EMOJI_MARKER.exec(line);
    const point = marker && cleanPostText(line.slice(marker[0].length));
    if (!marker || !point || !LETTER.test(point)) {
      run = undefined;
      return;
    }
    run ??= { start: index, points: [], marked: false };
    run.points.push(capped(point, MAX_POINT_CHARS));
    run.marked ||= listMarker !== null;
    if (enough(run) && run.points.length > (best?.points.length ?? 0)) best = run;
  });
  if (!best) return undefined;
  const before = lines.slice(0, best.start).join('\n');
  const title = LETTER.test(before) ? headlineOf(before).replace(/\s*[:：]$/u, '') : '';
  return { title, points: best.points.slice(0, MAX_POINTS) };
}

const capped = (text: string, maxChars: number) => (text.length <= maxChars ? text : `${trimToChars(text, maxChars - 1)}…`);

export function readPostShape(draft: string): PostShape {
  const lines = linesOf(draft);
  const hook = headlineOf(draft);
  const quoted = lines[0] ? quotationIn(cleanPostText(lines[0]), lines[1] && cleanPostText(lines[1])) : undefined;
  const quote = quoted && { ...quoted, sentence: capped(quoted.sentence, MAX_QUOTE_CHARS), ...(quoted.attribution && { attribution: capped(quoted.attribution, MAX_POINT_CHARS) }) };
  const list = listIn(lines);
  const figures = figuresIn(hook);
  const figure = figures.length === 1 ? { value: figures[0]!, meaning: hook } : undefined;
  const question = QUESTION_END.test(hook) ? hook : undefined;
  const fits: [TemplateId, unknown][] = [['quote', quote], ['list', list], ['number', figure], ['question', question], ['headline', true]];
  return {
    layouts: fits.filter(([, content]) => content).map(([layout]) => layout),
    ...(list && { list }),
    ...(quote && { quote }),
    ...(figure && { figure }),
    ...(question && { question }),
  };
}

/** The layout to draw first: the one asked for, else the user's preferred one when it fits, else the best fit. */
export function chosenLayout(layouts: readonly TemplateId[], asked?: TemplateId, preferred: TemplateChoice = 'auto'): TemplateId {
  if (asked) return asked;
  if (preferred !== 'auto' && layouts.includes(preferred)) return preferred;
  return layouts[0] ?? 'headline';
}

/** The chosen layout, then the other layouts that fit in turn: what a strip of variations shows. */
export function layoutRotation(layouts: readonly TemplateId[], chosen: TemplateId): TemplateId[] {
  return [chosen, ...layouts.filter((layout) => layout !== chosen)];
}
