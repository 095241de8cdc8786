import { useEffect, useState } from 'react';
import { formatUsd } from '@/lib/pricing/money';
import { PRICES_AS_OF } from '@/lib/pricing/prices';
import { spentThisMonthUsd } from '@/lib/pricing/spend';
import { readSettings } from '@/lib/settings/store';

interface Spending {
  spentUsd: number;
  capUsd: number;
}

async function currentSpending(): Promise<Spending> {
  const [spentUsd, settings] = await Promise.all([spentThisMonthUsd(), readSettings()]);
  return { spentUsd, capUsd: settings.budget.monthlyCapUsd };
}

/** The month's running total, against the cap set in the options. */
export function MonthSpend() {
  const [spending, setSpending] = useState<Spending>();
  useEffect(() => {
    // Without the history there is no total to show; Recent images says what went wrong.
    currentSpending().then(setSpending, () => undefined);
  }, []);

  if (!spending) return null;
  const { spentUsd, capUsd } = spending;
  return (
    <section aria-labelledby="spend-title">
      <h2 id="spend-title">This month</h2>
      <p>
        {formatUsd(spentUsd)} spent{capUsd > 0 ? `, of your ${formatUsd(capUsd)} monthly cap.` : '. No monthly cap is set.'}
      </p>
      <p className="help">Estimated from the providers' list prices as of {PRICES_AS_OF}.</p>
    </section>
  );
}
