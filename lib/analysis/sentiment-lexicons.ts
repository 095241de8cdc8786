/**
 * Small AFINN-style word lists for languages the sentiment package has no list for. They cover the
 * words LinkedIn posts use to announce, thank, celebrate and regret; anything else scores nothing,
 * so results in these languages are less sure than English (see local-sentiment.ts).
 */
interface Lexicon {
  /** Space-separated words per AFINN score. */
  words: Readonly<Record<number, string>>;
  /** Words that flip the sentiment of the word one or two places after them. */
  negators: string;
}

const LEXICONS = {
  sv: {
    words: {
      3: 'glad glada glädje stolt stolta tacksam tacksamma fantastisk fantastiska fantastiskt underbar underbart bäst bästa grym grymt lycka inspirerande älskar härlig härligt grattis toppen',
      2: 'tack bra bättre kul roligt spännande lyckad lyckades framgång framgångar välkommen välkomna',
      [-2]: 'ledsen ledset ledsna tyvärr tråkig tråkigt problem misslyckades misslyckande besviken besviket besvikna orolig oroande förlust varsel uppsagd uppsägningar',
      [-3]: 'dålig dåligt sämst arg hemsk hemskt sorg',
    },
    negators: 'inte ej aldrig ingen inget',
  },
  de: {
    words: {
      3: 'froh freue freuen freut stolz stolze dankbar großartig großartige toll tolle super beste besten inspirierend begeistert liebe wunderbar glücklich gratulation fantastisch',
      2: 'danke dank gut gute besser spannend spannende erfolgreich erfolg herzlichen willkommen',
      [-2]: 'traurig leider enttäuscht problem probleme gescheitert ärgerlich sorge sorgen verlust kündigung entlassen entlassungen',
      [-3]: 'schlecht schlechte schlimm wütend schrecklich',
    },
    negators: 'nicht kein keine keinen nie niemals',
  },
  fr: {
    words: {
      3: 'heureux heureuse ravi ravie fier fière fiers reconnaissant reconnaissante génial formidable super excellent excellente inspirant enthousiaste bravo félicitations aime adore magnifique',
      2: 'merci bon bonne meilleur meilleure succès réussite passionnant bienvenue',
      [-2]: 'triste malheureusement déçu déçue problème problèmes échec inquiet inquiète perte licenciement licenciements',
      [-3]: 'mauvais mauvaise pire colère terrible horrible',
    },
    negators: 'pas jamais aucun aucune',
  },
  es: {
    words: {
      3: 'feliz felices orgulloso orgullosa orgullosos agradecido agradecida genial increíble excelente inspirador emocionado emocionada encantado encantada felicidades enhorabuena fantástico maravilloso encanta',
      2: 'gracias bueno buena mejor éxito bienvenido bienvenida',
      [-2]: 'triste tristes lamentablemente desafortunadamente decepcionado decepcionada problema problemas fracaso preocupado preocupada pérdida despido despidos',
      [-3]: 'malo mala peor enojado terrible horrible',
    },
    negators: 'no nunca jamás ningún ninguna',
  },
} satisfies Record<string, Lexicon>;

export type LexiconLanguage = keyof typeof LEXICONS;

export const LEXICON_LANGUAGES = Object.keys(LEXICONS) as LexiconLanguage[];

export function hasLexicon(code: string): code is LexiconLanguage {
  return Object.hasOwn(LEXICONS, code);
}

/** The lexicon as the sentiment package's language module: labels plus a negation rule. */
export function languageModule(code: LexiconLanguage) {
  const { words, negators } = LEXICONS[code];
  const labels: Record<string, number> = {};
  for (const [score, list] of Object.entries(words)) {
    for (const word of list.split(' ')) labels[word] = Number(score);
  }
  const negatorSet = new Set(negators.split(' '));
  return {
    labels,
    scoringStrategy: {
      // "no es bueno", "ist nicht gut": the negator sits one or two words before.
      apply: (tokens: string[], cursor: number, score: number) =>
        [tokens[cursor - 1], tokens[cursor - 2]].some((token) => token !== undefined && negatorSet.has(token))
          ? -score
          : score,
    },
  };
}
