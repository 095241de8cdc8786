import { useEffect, useState } from 'react';
import { readSecrets } from '@/lib/settings/secrets';
import { type ProviderStatus as Status, providerStatus } from '@/lib/settings/status';
import { readSettings } from '@/lib/settings/store';
import { UnlockForm } from '../shared/UnlockForm';

interface Current {
  status: Status;
  locked: boolean;
}

async function currentStatus(): Promise<Current> {
  const [settings, secrets] = await Promise.all([readSettings(), readSecrets()]);
  return { status: providerStatus(settings, secrets), locked: secrets.state === 'locked' };
}

export function ProviderStatus() {
  const [current, setCurrent] = useState<Current>();
  const refresh = () => void currentStatus().then(setCurrent);
  useEffect(refresh, []);

  if (!current) return <p role="status">Checking your settings…</p>;
  const { status, locked } = current;
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{status.ready ? 'Ready' : 'Needs attention'}</h2>
      <p role="status" className={status.ready ? 'ready' : 'not-ready'}>
        {status.sentence}
      </p>
      {locked && <UnlockForm onUnlocked={refresh} />}
    </section>
  );
}
