import type { LiveModel } from '../providers/openai/listing';

/** What a Test button on the options page shows. */
export interface TestOutcome {
  ok: boolean;
  sentence: string;
  /** What the provider lists as usable today, a line a model (with its shutdown date), after a working test. */
  live?: string[];
}

/** A Test button's outcome with what the provider's listing says: the models the account can use, and when each goes. */
export function withListing(outcome: TestOutcome, live: readonly LiveModel[] | undefined, chosen: string, listPermission?: string): TestOutcome {
  if (!live) {
    const hint = listPermission ? ` (allow ${listPermission} to see them here)` : '';
    return { ...outcome, live: [`The models this account can use could not be listed${hint}.`] };
  }
  const lines = live.map(({ label, shutdownDate, legacy }) => {
    if (shutdownDate) return `${label} — ${legacy ? 'legacy, ' : ''}shuts down on ${shutdownDate}`;
    return legacy ? `${label} — legacy` : label;
  });
  const going = live.find((model) => model.id === chosen)?.shutdownDate;
  const sentence = going ? `${outcome.sentence} It shuts down on ${going}: choose another model before then.` : outcome.sentence;
  return { ...outcome, sentence, live: lines.length > 0 ? lines : ['This account can use none of the image models Post to Image knows.'] };
}
