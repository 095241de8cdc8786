/** Shutdown dates, shared by the providers' catalogues: a model is gone from its shutdown day on. */

export interface Shutdown {
  /** The first day the provider no longer serves the model, YYYY-MM-DD. */
  date: string;
  /** False when only one secondary source gives the date. */
  confirmed: boolean;
}

/** Today as YYYY-MM-DD in UTC, the calendar the providers' dates use. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isShutDown(shutdown: Shutdown | undefined, today: string): boolean {
  return shutdown !== undefined && shutdown.date <= today;
}

/** Whole days from `today` to `date` (negative once past). */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
