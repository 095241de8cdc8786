import { describe, expect, it } from 'vitest';
import { chosenLayout, layoutRotation, readPostShape } from './post-shape';

/** A labelled corpus: each post, in the languages the analyser reads, with the layout a designer would pick. */
const CORPUS: [language: string, layout: string, post: string][] = [
  // Lists: numbered, keycaps, circled, arrows, bullets, ticks, dashes
  ['en', 'list', '3 things I learned shipping v2:\n\n1. Ship early\n2. Talk to users\n3. Measure everything'],
  ['en', 'list', 'How we cut our cloud bill:\n1) Right-size instances\n2) Turn off idle dev boxes\n3) Buy savings plans'],
  ['de', 'list', 'Drei Dinge, die ich gelernt habe:\n1️⃣ Früh liefern\n2️⃣ Mit Kunden reden\n3️⃣ Alles messen'],
  ['fr', 'list', 'Mes conseils pour un entretien :\n→ Préparez vos questions\n→ Arrivez en avance\n→ Soyez curieux'],
  ['es', 'list', 'Lo que aprendí este año:\n• Escuchar más\n• Delegar mejor\n• Descansar de verdad'],
  ['en', 'list', 'Our launch checklist\n✅ Docs written\n✅ Pricing page live\n✅ Support trained'],
  ['en', 'list', 'Before you hire:\n- write the job down\n- decide who interviews\n- agree on the pay range'],
  ['ja', 'list', '今年学んだこと\n① 早く出す\n② ユーザーと話す\n③ すべて測る'],
  ['zh', 'list', '我们的三个原则：\n1、客户第一\n2、快速迭代\n3、数据驱动'],
  ['ar', 'list', 'ثلاث نصائح للمقابلة:\n١. استعد جيدا\n٢. كن في الوقت\n٣. اسأل أسئلة'],
  ['he', 'list', 'שלושה דברים שלמדתי:\n• לשחרר מוקדם\n• לדבר עם לקוחות\n• למדוד הכול'],
  ['en', 'list', 'Why we moved to four-day weeks\n\n🚀 Faster releases\n😌 Less burnout\n💰 Same revenue'],
  // Quotes, in each language's marks
  ['en', 'quote', '“Culture eats strategy for breakfast.” — Peter Drucker\n\nI keep coming back to this one.'],
  ['en', 'quote', '"Stay hungry, stay foolish." - Steve Jobs'],
  ['de', 'quote', '„Wer immer tut, was er schon kann, bleibt immer das, was er schon ist.“\n— Henry Ford'],
  ['fr', 'quote', '« La simplicité est la sophistication suprême. » — Léonard de Vinci'],
  ['ja', 'quote', '「失敗は成功のもと」— 本田宗一郎'],
  ['zh', 'quote', '『千里之行，始于足下。』— 老子'],
  ['en', 'quote', '‘Done is better than perfect.’\n– Sheryl Sandberg'],
  // Numbers
  ['en', 'number', 'We cut onboarding time by 40% this quarter.\n\nHere is how the team did it.'],
  ['de', 'number', 'Wir haben die Wartezeit um 40 % gesenkt.'],
  ['en', 'number', 'We just raised $10M to build the future of payroll.'],
  ['fr', 'number', 'Notre chiffre d’affaires a atteint €2.5bn cette année.'],
  ['en', 'number', 'Over 1,000 people joined our webinar yesterday.'],
  ['de', 'number', 'Mehr als 1.000 Menschen waren dabei.'],
  ['en', 'number', 'Our new build pipeline is 3x faster.'],
  ['es', 'number', 'Las ventas crecieron 10× en dos años.'],
  ['ja', 'number', '売上が前年比40％増加しました。'],
  ['zh', 'number', '我们的用户增长了3倍。'],
  // Questions
  ['en', 'question', 'What would you do with an extra hour every day?\n\nI asked my team.'],
  ['es', 'question', '¿Cuál es el mejor consejo que te han dado?'],
  ['ja', 'question', 'あなたのチームは毎日何時間会議をしていますか？'],
  ['zh', 'question', '你最近学到了什么新技能？'],
  ['ar', 'question', 'ما هي أفضل نصيحة مهنية تلقيتها؟'],
  ['fr', 'question', 'Et vous, comment gérez-vous le télétravail ?'],
  // Headlines: announcements and stories
  ['en', 'headline', 'Thrilled to announce that I am joining Acme as Head of Design!'],
  ['en', 'headline', 'Three lessons from a year of remote work. It was hard, and it was worth it.'],
  ['de', 'headline', 'Heute war mein letzter Tag bei der Firma. Danke an alle!'],
  ['fr', 'headline', 'Nous ouvrons un nouveau bureau à Lyon en 2025.'],
  ['ja', 'headline', '新しいプロダクトを本日リリースしました。'],
  ['he', 'headline', 'שלום לכולם, יש לנו חדשות גדולות'],
  ['en', 'headline', 'Our "culture" is more than a slide deck.'],
  ['en', 'headline', '🎉 Big news today.\n🚀 We launched.'],
  ['en', 'headline', 'Revenue went from 10% to 40% of our mix.'],
];

describe('readPostShape on a labelled corpus', () => {
  it.each(CORPUS)('%s: %s ← %j', (_language, layout, post) => {
    expect(readPostShape(post).layouts[0]).toBe(layout);
  });

  it('always lets a headline fit, last', () => {
    for (const [, , post] of CORPUS) expect(readPostShape(post).layouts.at(-1)).toBe('headline');
  });
});

describe('what each layout shows', () => {
  it('a list: the title before it and the points without their markers', () => {
    expect(readPostShape(CORPUS[0]![2]).list).toEqual({ title: '3 things I learned shipping v2', points: ['Ship early', 'Talk to users', 'Measure everything'] });
    expect(readPostShape(CORPUS[2]![2]).list?.points).toEqual(['Früh liefern', 'Mit Kunden reden', 'Alles messen']);
    expect(readPostShape(CORPUS[8]![2]).list).toEqual({ title: '我们的三个原则', points: ['客户第一', '快速迭代', '数据驱动'] });
    expect(readPostShape('1. Ship early\n2. Talk to users').list).toEqual({ title: '', points: ['Ship early', 'Talk to users'] });
  });

  it('a quote: the sentence inside the marks and who said it, on its line or the next', () => {
    expect(readPostShape(CORPUS[12]![2]).quote).toEqual({ sentence: 'Culture eats strategy for breakfast.', attribution: 'Peter Drucker' });
    expect(readPostShape(CORPUS[14]![2]).quote).toEqual({ sentence: 'Wer immer tut, was er schon kann, bleibt immer das, was er schon ist.', attribution: 'Henry Ford' });
    expect(readPostShape(CORPUS[16]![2]).quote).toEqual({ sentence: '失敗は成功のもと', attribution: '本田宗一郎' });
    expect(readPostShape('«Less is more, in every product we build»').quote).toEqual({ sentence: 'Less is more, in every product we build' });
  });

  it('a number: the figure as written and the hook that gives it meaning', () => {
    const cases: [string, string][] = [
      ['We cut onboarding time by 40% this quarter.', '40%'],
      ['Wir haben die Wartezeit um 40 % gesenkt.', '40 %'],
      ['We just raised $10M to build payroll.', '$10M'],
      ['Revenue hit €2.5bn this year.', '€2.5bn'],
      ['Over 1,000 people joined.', '1,000'],
      ['Mehr als 1.000 Menschen waren dabei.', '1.000'],
      ['Plus de 10 000 abonnés cette année.', '10 000'],
      ['Our pipeline is 3x faster.', '3x'],
      ['Sales grew 10× in two years.', '10×'],
      ['売上が前年比40％増加しました。', '40％'],
      ['资金达到1000万元。', '1000万元'],
      ['Wir haben 2,5 Mio. € eingesammelt.', '2,5 Mio. €'],
      ['نما الفريق بنسبة ٤٠٪ هذا العام', '٤٠٪'],
    ];
    for (const [post, value] of cases) expect(readPostShape(post).figure, post).toEqual({ value, meaning: post });
  });

  it('no number for small counts, years, versions or words that start like a scale', () => {
    for (const post of ['3 lessons from my first job.', 'See you in 2025!', 'We released v2.5 today.', 'Wir haben 5 Mitarbeiter eingestellt.', 'We are B2B first.']) {
      expect(readPostShape(post).figure, post).toBeUndefined();
    }
  });

  it('a question: the hook itself, whatever its question mark', () => {
    expect(readPostShape('¿Cuál es el mejor consejo que te han dado?\nCuéntame.').question).toBe('¿Cuál es el mejor consejo que te han dado?');
    expect(readPostShape('Is remote work here to stay? I think so.').question).toBe('Is remote work here to stay?');
  });

  it('several shapes: each fits, the strongest first', () => {
    expect(readPostShape('Did you know 73% of hires fail in year one?').layouts).toEqual(['number', 'question', 'headline']);
    expect(readPostShape('Want to hire better? Do this:\n1. Write it down\n2. Pay fairly').layouts).toEqual(['list', 'question', 'headline']);
    expect(readPostShape('').layouts).toEqual(['headline']);
  });
});

describe('choosing and rotating layouts', () => {
  const layouts = ['list', 'question', 'headline'] as const;

  it('draws what was asked, else the preferred layout when it fits, else the best fit', () => {
    expect(chosenLayout(layouts, 'headline', 'question')).toBe('headline');
    expect(chosenLayout(layouts, undefined, 'question')).toBe('question');
    expect(chosenLayout(layouts, undefined, 'quote')).toBe('list');
    expect(chosenLayout(layouts)).toBe('list');
  });

  it('rotates through the other layouts that fit', () => {
    expect(layoutRotation(layouts, 'question')).toEqual(['question', 'list', 'headline']);
    expect(layoutRotation(['headline'], 'headline')).toEqual(['headline']);
  });
});
