import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPostText, HEADLINE_MAX_CHARS, headlineOf } from './clean';

describe('cleanPostText', () => {
  it('drops links, including their short forms', () => {
    expect(cleanPostText('Read it here: https://example.com/a?b=c. Or www.example.org and lnkd.in/xyz!')).toBe(
      'Read it here. Or and!',
    );
  });

  it('drops @handles but keeps plain names and e-mail addresses', () => {
    expect(cleanPostText('Thanks to Sarah Johnson and @mike_dev! Mail jo@example.com')).toBe(
      'Thanks to Sarah Johnson and! Mail jo@example.com',
    );
  });

  it('keeps hashtag words, split where CamelCase joins them', () => {
    expect(cleanPostText('#FutureOfWork #GenAI #AIStrategy #web3_summit #ai')).toBe(
      'Future Of Work Gen AI AI Strategy web3 summit ai',
    );
  });

  it('does not take "#1" or C# for hashtags', () => {
    expect(cleanPostText('We are #1 in C# tooling')).toBe('We are #1 in C# tooling');
  });

  it('drops emoji of every kind', () => {
    expect(cleanPostText('Launch 🚀🚀 day 👨‍👩‍👧‍👦 with 👍🏽 from 🇸🇪 ❤️ ❤ 1️⃣ done')).toBe('Launch day with from done');
  });

  it('keeps typographic symbols that are not emoji', () => {
    expect(cleanPostText('Acme™ © 2024 → next')).toBe('Acme™ © 2024 → next');
  });

  it('drops invisible and control characters, but keeps joiners inside words', () => {
    expect(cleanPostText('zero\u200Bwidth\u0007 bell\uFEFF \u202Eflip')).toBe('zerowidth bell flip');
    expect(cleanPostText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('collapses whitespace and line breaks', () => {
    expect(cleanPostText('  one\n\n two\t\tthree  ')).toBe('one two three');
  });

  it('leaves right-to-left and CJK prose alone', () => {
    expect(cleanPostText('مرحبا بالجميع #الذكاء_الاصطناعي')).toBe('مرحبا بالجميع الذكاء الاصطناعي');
    expect(cleanPostText('新しいサービス 🎉 を開始')).toBe('新しいサービス を開始');
  });
});

describe('headlineOf', () => {
  it('takes the first meaningful sentence, past a short lead-in', () => {
    const post = '🚀 Big news!\nThrilled to announce our new onboarding flow. It took a year.\n#ProductDesign';
    expect(headlineOf(post)).toBe('Thrilled to announce our new onboarding flow.');
  });

  it('treats a line break as the end of a sentence', () => {
    expect(headlineOf('We are hiring engineers in Stockholm\nApply by Friday')).toBe('We are hiring engineers in Stockholm');
  });

  it('cuts a long sentence at a word, with an ellipsis, within the limit', () => {
    const sentence = `${'This sentence keeps going '.repeat(10)}until the end.`;
    const headline = headlineOf(sentence);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX_CHARS);
    expect(headline.length).toBeGreaterThan(HEADLINE_MAX_CHARS * 0.8);
    expect(headline.endsWith('…')).toBe(true);
    const kept = headline.slice(0, -1);
    expect(sentence.startsWith(kept)).toBe(true);
    expect(sentence[kept.length]).toBe(' ');
  });

  it('reads Swedish, German, Japanese and Arabic', () => {
    expect(headlineOf('Hej! Vi söker en utvecklare till vårt team i Göteborg.')).toBe(
      'Vi söker en utvecklare till vårt team i Göteborg.',
    );
    expect(headlineOf('Ich freue mich, euch mitteilen zu können, dass ich eine neue Stelle angetreten habe.')).toBe(
      'Ich freue mich, euch mitteilen zu können, dass ich eine neue Stelle angetreten habe.',
    );
    expect(headlineOf('新しいサービスを開始しました。詳細はウェブサイトで。')).toBe('新しいサービスを開始しました。');
    expect(headlineOf('يسعدني أن أعلن أن فريقنا أطلق الخدمة الجديدة. شكرا لكل من ساعد!')).toBe(
      'يسعدني أن أعلن أن فريقنا أطلق الخدمة الجديدة.',
    );
  });

  it('falls back to the words that are there', () => {
    expect(headlineOf('Big news! 🎉')).toBe('Big news!');
    expect(headlineOf('@mike_dev')).toBe('mike dev');
    expect(headlineOf('https://example.com')).toBe('https example com');
  });

  it('is empty only when there is nothing to say', () => {
    expect(headlineOf('')).toBe('');
    expect(headlineOf('🎉🎉 🚀')).toBe('');
  });

  it('stays within the limit, well-formed, and never empty when the post has a letter or digit', () => {
    const posts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }));
    fc.assert(
      fc.property(posts, (post) => {
        const headline = headlineOf(post);
        expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX_CHARS);
        expect(headline.isWellFormed()).toBe(true);
        if (/[\p{L}\p{N}]/u.test(post)) expect(headline).not.toBe('');
      }),
    );
  });
});
