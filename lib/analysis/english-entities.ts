import type { Entity, EntityType } from './types';
import { matchedRuns, spanOf, type EnglishDoc } from './english-terms';

const ENTITY_PATTERNS: ReadonlyArray<readonly [pattern: string, type: EntityType]> = [
  ['#Person+', 'PERSON'],
  ['#Organization+', 'ORGANIZATION'],
  ['#Place+', 'LOCATION'],
];

/** compromise gives no confidence; a fixed middling score says so. */
const ENTITY_SCORE = 0.8;

/** People, organisations and places compromise recognises, once each. Hashtags are topics, not names. */
export function englishEntities(doc: EnglishDoc, original: string): Entity[] {
  const seen = new Set<string>();
  return ENTITY_PATTERNS.flatMap(([pattern, type]) =>
    matchedRuns(doc, pattern, original).flatMap((run) => {
      const span = spanOf(run, original);
      if (!span || original[span.start - 1] === '#') return [];
      const text = original.slice(span.start, span.end);
      const key = `${type}:${text.toLowerCase()}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ Text: text, Type: type, Score: ENTITY_SCORE }];
    }),
  );
}
