import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { readPostShape } from '../../cards/post-shape';
import { FORMAT_IDS, FORMATS, type FormatId } from '../../formats';
import { nodeCodec } from '../../image/node-codec.test-support';
import { cleanPostText, headlineOf } from '../../prompt/clean';
import { TEMPLATE_IDS, type TemplateId } from '../../templates';
import { drawCard, paddingFor } from '../card';
import { hexToRgb } from '../colour';
import { paletteFor } from '../palette';
import type { DrawingContext } from '../surface';
import { INTER_THEN_SYSTEM } from '../font';
import { createNodeSurface } from '../node-surface.test-support';
import { TOP_BAND } from './frame';

type Script = 'Latin' | 'right-to-left' | 'CJK';
type Length = 'short' | 'long';

const many = (count: number, point: (index: number) => string) => Array.from({ length: count }, (_, index) => point(index + 1));
const LONG_LATIN = 'and then we wrote down every single decision we had made along the way so that the next team would not have to learn it all again';
const LONG_HEBREW = 'ואז כתבנו כל החלטה שקיבלנו לאורך הדרך כדי שהצוות הבא לא יצטרך ללמוד הכול מחדש בפעם הבאה';
const LONG_JAPANESE = 'そして次のチームが同じことを一から学ばなくて済むように私たちは途中で下したすべての決定を書き留めました';

/** A post of each shape, in each script, short and long: the words each card has to set. */
const POSTS: Record<Script, Record<TemplateId, Record<Length, string>>> = {
  Latin: {
    list: {
      short: 'Three lessons:\n1. Ship early\n2. Talk to users\n3. Measure',
      long: `Everything I learned in ten years of building products for small businesses across Europe, the hard way:\n${many(12, (n) => `${n}. Lesson ${n}: ${LONG_LATIN}`).join('\n')}`,
    },
    quote: {
      short: '“Less is more.” — Mies',
      long: `“Culture eats strategy for breakfast, ${LONG_LATIN}, ${LONG_LATIN}.” — Peter Ferdinand Drucker, management consultant`,
    },
    number: { short: 'Up 40%.', long: `We cut the time it takes a new engineer to ship a change by 40% this quarter ${LONG_LATIN}` },
    question: { short: 'Ready?', long: `Would you still hire the same way ${LONG_LATIN.slice(0, 90)}?` },
    headline: { short: 'Hello.', long: `Today is my last day at the company ${LONG_LATIN}` },
  },
  'right-to-left': {
    list: {
      short: 'שלושה דברים:\n1. לשחרר מוקדם\n2. לדבר עם לקוחות\n3. למדוד',
      long: `כל מה שלמדתי בעשר שנים של בניית מוצרים לעסקים קטנים באירופה, בדרך הקשה:\n${many(12, (n) => `${n}. שיעור ${n}: ${LONG_HEBREW}`).join('\n')}`,
    },
    quote: { short: '«הפחות הוא יותר.» — מיס', long: `«${LONG_HEBREW} ${LONG_HEBREW} ${LONG_HEBREW}.» — פיטר דרוקר, יועץ ניהול` },
    number: { short: 'עלייה של 40%.', long: `קיצרנו ב־40% את הזמן שלוקח למהנדס חדש לשחרר שינוי ${LONG_HEBREW}` },
    question: { short: 'ما رأيك؟', long: `ما هي أفضل نصيحة مهنية تلقيتها في حياتك وكيف غيرت الطريقة التي تعمل بها كل يوم مع فريقك؟` },
    headline: { short: 'שלום.', long: `היום הוא היום האחרון שלי בחברה ${LONG_HEBREW}` },
  },
  CJK: {
    list: {
      short: '三つの原則：\n1、客户第一\n2、快速迭代\n3、数据驱动',
      long: `ヨーロッパ中の中小企業向けに製品を作ってきた十年間で苦労して学んだことのすべて：\n${many(12, (n) => `${n}、${LONG_JAPANESE}`).join('\n')}`,
    },
    quote: { short: '「初心忘るべからず」— 世阿弥', long: `「${LONG_JAPANESE}${LONG_JAPANESE}${LONG_JAPANESE}」— 本田宗一郎、技術者・実業家` },
    number: { short: '売上40％増。', long: `新しいエンジニアが変更を出すまでの時間を今四半期に40％短縮しました${LONG_JAPANESE}` },
    question: { short: '準備はいい？', long: `あなたのチームは毎日何時間会議をしていて、その時間を本当に大切なことに使えていると思いますか？` },
    headline: { short: '新発売。', long: `本日新しいプロダクトをリリースしました${LONG_JAPANESE}` },
  },
};

interface Drawn {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The Node canvas's context, noting every text it sets with the box its ink takes. */
function recordingContext(width: number, height: number): { ctx: DrawingContext; drawn: Drawn[] } {
  const target = createNodeSurface(width, height).ctx;
  const drawn: Drawn[] = [];
  const ctx = new Proxy(target, {
    get(context, key) {
      if (key === 'fillText') {
        return (text: string, x: number, y: number) => {
          const ink = context.measureText(text);
          drawn.push({ text, left: x - ink.actualBoundingBoxLeft, right: x + ink.actualBoundingBoxRight, top: y - ink.actualBoundingBoxAscent, bottom: y + ink.actualBoundingBoxDescent });
          context.fillText(text, x, y);
        };
      }
      const value: unknown = Reflect.get(context, key, context);
      return typeof value === 'function' ? value.bind(context) : value;
    },
    set: (context, key, value) => Reflect.set(context, key, value, context),
  });
  return { ctx, drawn };
}

async function squareLogo(): Promise<Awaited<ReturnType<typeof nodeCodec.decode>>> {
  const canvas = createCanvas(80, 80);
  canvas.getContext('2d').fillRect(0, 0, 80, 80);
  return nodeCodec.decode(new Uint8Array(await canvas.encode('png')));
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const bare = (word: string) => word.replace(/…$/u, '').replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/** Drawn words that are not whole words of the post: a cut word. Unspaced scripts may break between any characters. */
function cutWords(drawn: Drawn[], post: string): string[] {
  const cleaned = cleanPostText(post);
  const words = new Set(cleaned.split(/\s+/u).map(bare));
  return drawn
    .flatMap(({ text }) => text.split(/\s+/u))
    .map(bare)
    .filter((word) => word && !/^\p{Nd}+$/u.test(word))
    .filter((word) => (UNSPACED.test(word) ? !cleaned.includes(word) : !words.has(word)));
}

const CASES = TEMPLATE_IDS.flatMap((layout) =>
  FORMAT_IDS.flatMap((format) => (Object.keys(POSTS) as Script[]).flatMap((script) => (['short', 'long'] as const).map((length) => [layout, format, script, length] as const))),
);

// Each case draws a full-size card; together they take a while on a busy machine.
describe('every layout, in every format and script, short and long, with the brand kit', { timeout: 120_000 }, () => {
  it.each(CASES)('%s, %s, %s, %s: inside the margins, no word cut, nothing over the logo', async (layout, format: FormatId, script, length) => {
    const post = POSTS[script][layout][length];
    const shape = readPostShape(post);
    expect(shape.layouts).toContain(layout);
    const { width, height } = FORMATS[format];
    const headline = headlineOf(post);
    const { ctx, drawn } = recordingContext(width, height);
    const palette = paletteFor('POSITIVE', 7, 0, { primary: hexToRgb('#0a66c2'), accent: hexToRgb('#f5c518') });
    const keyPhrases = cleanPostText(post).split(/\s+/u).slice(1, 3);
    drawCard(ctx, { width, height, headline, keyPhrases, shape, palette, fontFamily: INTER_THEN_SYSTEM, seed: 7, variant: 0, template: layout, logo: await squareLogo() });

    const padding = paddingFor(width, height);
    // Ink may stand a little past the advance width the layout measures (italic overhang, side bearings).
    const slack = padding * 0.12;
    expect(drawn.length).toBeGreaterThan(0);
    for (const box of drawn) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(padding - slack);
      expect(box.right, box.text).toBeLessThanOrEqual(width - padding + slack);
      expect(box.top, box.text).toBeGreaterThanOrEqual(padding - slack);
      expect(box.bottom, box.text).toBeLessThanOrEqual(height - padding + slack);
    }
    expect(cutWords(drawn, post)).toEqual([]);
    // The logo takes the top band's far corner: text there stays on the side it starts from.
    const rtl = script === 'right-to-left';
    for (const box of drawn.filter(({ top }) => top < padding * (1 + TOP_BAND))) expect(rtl ? box.left >= width / 2 : box.right <= width / 2, box.text).toBe(true);
    // What carries the layout is on the card, starting with its first words.
    const all = drawn.map(({ text }) => text).join(' ');
    const lead = { list: shape.list?.points[0], quote: shape.quote?.sentence, number: shape.figure?.value, question: shape.question, headline }[layout]!;
    expect(all).toContain(UNSPACED.test(lead) ? lead.slice(0, 2) : lead.split(' ').slice(0, 2).join(' '));
  });
});
