/**
 * The commonest words of the languages whose key phrases are picked by word frequency, so that
 * "och" or "und" never come out as the subject of a post. Languages without a list rely on the
 * minimum word length in frequent-words.ts.
 */
const STOPWORDS: Readonly<Record<string, string>> = {
  sv: 'och att det som en ett är av för på med har till den inte jag vi om var men så de kan ska alla vår vårt våra från eller när här där nu också mycket bara efter hur vad sig mig dig oss er denna detta dessa över under mer många',
  da: 'og at det som en et er af for på med har til den ikke jeg vi om var men så de kan skal alle vores fra eller når her der nu også meget bare efter hvordan hvad sig mig dig os denne dette disse',
  no: 'og at det som en et er av for på med har til den ikke jeg vi om var men så de kan skal alle vår vårt våre fra eller når her der nå også mye bare etter hvordan hva seg meg deg oss denne dette disse',
  fi: 'ja on että ei se ole olen oli ovat mutta kanssa tämä tämän myös kun jotka joka hän me meidän niin vain kaikki nyt tai jos mitä olla sekä kuin',
  de: 'und der die das ein eine einen einem ist sind war zu mit für auf von im in den dem des nicht ich wir sie es auch an als aus bei nach noch wie was über unser unsere unseren sehr haben hat wird werden dass aber muss kann können mich mir uns euch ihr dieser diese dieses heute immer',
  nl: 'de het een en van in is dat op te met voor niet ik we wij zijn was aan als ook om bij naar uit over onze ons heel hebben heeft wordt worden',
  fr: 'le la les un une des de du et est sont à au aux en dans pour sur avec par pas que qui ce cette ces je nous vous il elle ils nos notre très plus être avoir été',
  es: 'el la los las un una unos unas de del y es son en con para por que no se lo su sus al como más muy nuestro nuestra nuestros este esta estos ser estar ha han',
  it: 'il lo la i gli le un una di del della e è sono in con per su che non si al come più molto nostro nostra questo questa essere ha hanno',
  pt: 'o a os as um uma de do da dos das e é são em no na com para por que não se ao como mais muito nosso nossa este esta ser estar tem foi',
};

const SETS = new Map(Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words.split(' '))]));
const NONE: ReadonlySet<string> = new Set();

/** Lower-case stopwords of a language; empty if it has no list. */
export function stopwordsOf(code: string): ReadonlySet<string> {
  return SETS.get(code) ?? NONE;
}
