import { todayUtc } from '../lib/providers/lifecycle';
import { shutdownsWithin } from '../lib/providers/shutdowns';

/** Prints the catalogued models whose shutdown date is within 60 days, so the catalogue is renewed in time. */

const WINDOW_DAYS = 60;
const today = todayUtc();
const coming = shutdownsWithin(WINDOW_DAYS, today);
if (coming.length === 0) console.log(`No catalogued model shuts down within ${WINDOW_DAYS} days of ${today}.`);
for (const { provider, model, date, confirmed, daysLeft } of coming) {
  console.log(`${provider} ${model}: shuts down on ${date} (in ${daysLeft} days)${confirmed ? '' : ' — date UNCONFIRMED'}`);
}
