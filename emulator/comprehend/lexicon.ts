/**
 * Small word lists behind the emulated Comprehend. They only need to make answers follow the text (a
 * happy post reads POSITIVE, a Spanish post reads "es"), not to match Amazon's models.
 */

/** The most frequent function words per language: they identify a language and never start a phrase. */
export const STOP_WORDS: Record<string, readonly string[]> = {
  en: 'the a an and or but of to in on at for with from by is are was were be been it this that these those we i you he she they our my your their not no so as if will can just very have has had do did'.split(' '),
  es: 'el la los las un una unos y o pero de del en con por para es son fue ser que este esta estos nuestro mi tu su no muy como se lo al más ha han hemos'.split(' '),
  fr: 'le la les un une des et ou mais de du en dans avec pour par est sont était être que ce cette ces notre mon ton son ne pas très comme se au aux nous vous il elle'.split(' '),
  de: 'der die das den dem des ein eine einen einem und oder aber von zu in im mit für auf ist sind war sein dass dieser diese dieses unser mein nicht kein sehr wie sich auch wir ich es hat haben'.split(' '),
  it: 'il lo la i gli le un una e o ma di del della in con per da è sono era essere che questo questa nostro mio non molto come si al ho abbiamo'.split(' '),
  pt: 'o a os as um uma e ou mas de do da dos das em no na com por para é são foi ser que este esta nosso meu não muito como se ao mais temos'.split(' '),
  nl: 'de het een en of maar van in op met voor is zijn was dat deze dit ons mijn niet geen zeer hoe ook wij ik'.split(' '),
  sv: 'en ett och eller men av till i på med för är var att den det detta vår min inte mycket som också vi jag har'.split(' '),
};

/** Sentiment words per language; a trailing "*" matches any word that starts with the stem. */
export const POSITIVE_WORDS: Record<string, readonly string[]> = {
  en: 'good great excellent amazing awesome happy proud thrilled excit* love* wonderful fantastic delight* success* win* won grateful thank* celebrat* best brilliant enjoy* glad pleas* inspir* beautiful'.split(' '),
  es: 'bueno buena excelente increíble feliz orgullos* encant* maravillos* fantástic* éxito exitos* ganar ganamos agradecid* gracias celebr* mejor genial alegr* emocionad* hermos* logr*'.split(' '),
  fr: 'bon bonne excellent* incroyable heureu* fier fière ravi* merveilleu* fantastique succès réussi* gagn* reconnaissant* merci célébr* meilleur* génial* joie adore* beau belle'.split(' '),
  de: 'gut gute guten großartig* ausgezeichnet* glücklich* stolz* begeistert* wunderbar* fantastisch* erfolg* gewonnen dankbar* danke feier* beste* toll* freude freu* schön* super'.split(' '),
  it: 'buono buona eccellente incredibile felice orgoglios* entusiast* meraviglios* fantastic* successo vinto grat* grazie festegg* migliore gioia bello bella'.split(' '),
  pt: 'bom boa excelente incrível feliz orgulhos* animad* maravilhos* fantástic* sucesso venc* grat* obrigad* celebr* melhor alegria lind*'.split(' '),
  ja: '嬉しい うれしい 素晴らしい 最高 楽しい 感謝 幸せ 成功 誇り 喜び 良い よい 素敵 ありがとう'.split(' '),
  zh: '高兴 开心 优秀 成功 感谢 幸福 精彩 喜欢 骄傲 好'.split(' '),
  ko: '행복 기쁘 감사 성공 최고 좋은 훌륭'.split(' '),
};

export const NEGATIVE_WORDS: Record<string, readonly string[]> = {
  en: 'bad terrible awful sad angry disappoint* fail* lost lose loss hate* worst problem* difficult sorry unfortunate* frustrat* worr* pain* broke* layoff* fired crisis tired'.split(' '),
  es: 'malo mala terrible horrible triste enfadad* decepcion* fracas* perd* odi* peor problema* difícil lamentabl* frustrad* preocupad* dolor despid* crisis cansad*'.split(' '),
  fr: 'mauvais* terrible horrible triste colère déçu* échec* perdu* déteste* pire problème* difficile malheureu* frustr* inquiet* douleur licenci* crise fatigué*'.split(' '),
  de: 'schlecht* schrecklich* furchtbar* traurig* wütend* enttäusch* scheiter* gescheitert verlor* verlust* hass* schlimmst* problem* schwierig* leider frustrier* sorge* schmerz* gekündigt krise müde'.split(' '),
  it: 'cattivo terribile orribile triste arrabbiat* delus* fallit* pers* odi* peggiore problem* difficile purtroppo frustrat* preoccupat* dolore licenzia* crisi stanc*'.split(' '),
  pt: 'mau má terrível horrível triste zangad* decepcion* fracass* perd* odei* pior problema* difícil infelizmente frustrad* preocupad* dor demit* crise cansad*'.split(' '),
  ja: '悲しい かなしい 残念 最悪 辛い つらい 失敗 問題 怒り 不安 疲れ'.split(' '),
  zh: '难过 伤心 失败 问题 失望 糟糕 生气 担心'.split(' '),
  ko: '슬프 실패 문제 실망 최악 걱정'.split(' '),
};

/** Words that turn the next sentiment word around ("not happy"). */
export const NEGATORS: ReadonlySet<string> = new Set(
  "not no never don't didn't isn't wasn't nicht kein keine nie no nunca jamais pas non não nem niente mai".split(' '),
);

/** Places the entity recogniser types as LOCATION. */
export const KNOWN_LOCATIONS: ReadonlySet<string> = new Set(
  'London Paris Berlin Madrid Barcelona Lisbon Lisboa Rome Roma Milan Milano Munich München Hamburg Vienna Wien Zurich Dublin Amsterdam Stockholm Tokyo Osaka Seattle Chicago Boston Europe Europa Spain España Germany Deutschland France Italy Italia Portugal Japan Sweden Mexico México Brazil Brasil 東京 大阪 京都 日本'.split(' '),
);

/** Names and suffixes the entity recogniser types as ORGANIZATION. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  'Inc Ltd GmbH AG SA SL Corp LLC Bank University Universidad Universität Université Group Amazon AWS Google Microsoft LinkedIn OpenAI Apple Meta Siemens Telefónica Toyota Sony'.split(' '),
);

/** Month and weekday names (en, es, de, fr, it, pt) the entity recogniser types as DATE. */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro'.split(' '),
);
