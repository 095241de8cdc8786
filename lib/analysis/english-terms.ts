import nlp from 'compromise/two';

/** compromise's tagger without its phrase plugins: nouns() alone costs more than the whole analysis may. */
export type EnglishDoc = ReturnType<typeof nlp>;

export function parseEnglish(prose: string): EnglishDoc {
  return nlp(prose);
}

/** One word as compromise tagged it; start/end are UTF-16 indexes into the post. */
export interface TaggedTerm {
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Between two words of one phrase: spaces within a line, a hyphen, an apostrophe, an ampersand or a slash. */
const JOINING_GAP = /^(?:[^\S\r\n]|[-‐'’&/])*$/u;

/**
 * The runs of consecutive terms matching a compromise pattern. A run is split where punctuation or
 * a blanked-out link or handle lies between two words in the original post, since compromise
 * happily matches across commas and dashes.
 */
export function matchedRuns(doc: EnglishDoc, pattern: string, original: string): TaggedTerm[][] {
  const runs: TaggedTerm[][] = [];
  for (const match of doc.match(pattern).json({ offset: true }) as Array<{ terms: TermJson[] }>) {
    let run: TaggedTerm[] = [];
    for (const { text, tags, offset } of match.terms) {
      const term = { start: offset.start, end: offset.start + offset.length, text, tags: new Set(tags) };
      const previous = run.at(-1);
      if (previous && !JOINING_GAP.test(original.slice(previous.end, term.start))) {
        runs.push(run);
        run = [];
      }
      run.push(term);
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/** Where a run of terms starts and ends, without a trailing possessive ("Sarah's" → "Sarah"). */
export function spanOf(run: readonly TaggedTerm[], original: string): { start: number; end: number } | undefined {
  const [first] = run;
  const last = run.at(-1);
  if (!first || !last) return undefined;
  const possessive = /['’]s$/u.test(original.slice(first.start, last.end)) ? 2 : 0;
  return { start: first.start, end: last.end - possessive };
}
