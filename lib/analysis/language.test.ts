import { describe, expect, it } from 'vitest';
import { COMPREHEND_LANGUAGES, guessLanguage, isComprehendLanguage } from './language';

const POSTS: Record<string, string> = {
  en: 'Thrilled to announce that our team just shipped the new onboarding flow. Huge thanks to everyone who helped!',
  sv: 'Jag är så glad att få berätta att vårt team har lanserat den nya tjänsten. Tack till alla som hjälpte till!',
  da: 'Jeg er så glad for at kunne fortælle, at vores team har lanceret den nye tjeneste. Tak til alle, der hjalp!',
  no: 'Jeg er så glad for å kunne fortelle at teamet vårt har lansert den nye tjenesten. Takk til alle som hjalp!',
  fi: 'Olen todella iloinen voidessani kertoa, että tiimimme on julkaissut uuden palvelun. Kiitos kaikille jotka auttoivat!',
  de: 'Ich freue mich sehr, dass unser Team den neuen Dienst gestartet hat. Vielen Dank an alle, die geholfen haben!',
  nl: 'Ik ben zo blij te kunnen vertellen dat ons team de nieuwe dienst heeft gelanceerd. Dank aan iedereen die heeft geholpen!',
  fr: "Je suis ravi d'annoncer que notre équipe a lancé le nouveau service. Merci à tous ceux qui ont aidé !",
  es: 'Estoy muy feliz de anunciar que nuestro equipo lanzó el nuevo servicio. ¡Gracias a todos los que ayudaron!',
  it: 'Sono felice di annunciare che il nostro team ha lanciato il nuovo servizio. Grazie a tutti quelli che hanno aiutato!',
  pt: 'Estou muito feliz em anunciar que nossa equipe lançou o novo serviço. Obrigado a todos que ajudaram no projeto!',
  pl: 'Z radością ogłaszam, że nasz zespół uruchomił nową usługę. Dziękuję wszystkim, którzy pomogli!',
  ru: 'Рад сообщить, что наша команда запустила новый сервис для клиентов. Мы долго работали над этим проектом, и теперь он доступен всем. Спасибо всем, кто помог!',
  tr: 'Ekibimizin yeni hizmeti başlattığını duyurmaktan çok mutluyum. Yardım eden herkese teşekkürler!',
  ar: 'يسعدني أن أعلن أن فريقنا أطلق الخدمة الجديدة. شكرا لكل من ساعد في هذا المشروع الكبير!',
  hi: 'मुझे यह बताते हुए बहुत खुशी हो रही है कि हमारी टीम ने नई सेवा शुरू की है। मदद करने वाले सभी का धन्यवाद!',
  ja: '私たちのチームが新しいサービスを開始したことをお知らせできてとても嬉しいです。ご協力いただいた皆様に感謝します。',
  ko: '우리 팀이 새로운 서비스를 출시했다는 소식을 전하게 되어 정말 기쁩니다. 도와주신 모든 분들께 감사드립니다!',
  zh: '我们团队刚刚推出了新的服务，非常高兴。感谢所有帮助过我们的人！',
  'zh-TW': '我們團隊剛剛推出了新的服務，非常高興。感謝所有幫助過我們的人！',
};

describe('guessLanguage', () => {
  it.each(Object.entries(POSTS))('recognises %s', (code, post) => {
    const guess = guessLanguage(post);
    expect(guess.code).toBe(code);
    expect(guess.confident).toBe(true);
    expect(guess.score).toBeGreaterThan(0.5);
    expect(guess.score).toBeLessThanOrEqual(1);
  });

  it('is not confident about a few words', () => {
    const guess = guessLanguage('Great news!');
    expect(guess.confident).toBe(false);
    expect(guess.score).toBeLessThan(0.5);
  });

  it('reads the prose, not links, handles or hashtag signs', () => {
    const post = `${POSTS.sv} https://example.com/the/english/words/here @someone_english #teamwork`;
    expect(guessLanguage(post).code).toBe('sv');
  });

  it.each(['', '   \n ', '🎉🚀', 'https://example.com', '12345'])('answers "und" when there are no letters: %j', (text) => {
    expect(guessLanguage(text)).toEqual({ code: 'und', score: 0, confident: false });
  });

  it('keeps English English even with Nordic-looking words in it', () => {
    const post = 'I met her at the conference for the first time on Monday, and we talked about AI for an hour.';
    expect(guessLanguage(post).code).toBe('en');
  });
});

describe('isComprehendLanguage', () => {
  it('accepts every Comprehend language and nothing else', () => {
    for (const code of COMPREHEND_LANGUAGES) expect(isComprehendLanguage(code)).toBe(true);
    for (const code of ['sv', 'da', 'no', 'fi', 'nl', 'pl', 'ru', 'tr', 'und', 'zh-CN', '']) {
      expect(isComprehendLanguage(code)).toBe(false);
    }
  });

  it('accepts what guessLanguage says for Comprehend-supported posts', () => {
    expect(isComprehendLanguage(guessLanguage(POSTS['zh-TW'] ?? '').code)).toBe(true);
    expect(isComprehendLanguage(guessLanguage(POSTS.sv ?? '').code)).toBe(false);
  });
});
