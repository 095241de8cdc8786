import { readFileSync } from 'node:fs';

/** Where the stand-in is served: tests route this address to {@link standinHtml} instead of LinkedIn. */
export const STANDIN_URL = 'https://www.linkedin.com/feed/';

let cachedHtml: string | undefined;

/** The stand-in page's HTML, read from disk once. */
export function standinHtml(): string {
  cachedHtml ??= readFileSync(new URL('./feed.html', import.meta.url), 'utf8');
  return cachedHtml;
}
