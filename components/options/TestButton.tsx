import { useState } from 'react';
import type { Service } from '@/lib/settings/permissions';
import type { TestOutcome } from '@/lib/settings/live-models';
import type { OptionsForm } from './useOptionsForm';

/** One real call with what is on the page now, saved or not; the outcome is read out when it arrives. */
export function TestButton({ form, service, label }: { form: OptionsForm; service: Service; label: string }) {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome>();

  function run() {
    setRunning(true);
    setOutcome(undefined);
    // form.test asks for permissions first thing, while the click still counts as a user gesture.
    void form.test(service).then((result) => {
      setOutcome(result);
      setRunning(false);
    });
  }

  return (
    <div className="test">
      <button type="button" onClick={run} disabled={running}>
        {label}
      </button>
      <p role="status" className={outcome ? (outcome.ok ? 'outcome ok' : 'outcome failed') : 'outcome'}>
        {running ? 'Testing…' : outcome?.sentence}
      </p>
      {!running && outcome?.live && (
        <ul className="live-models" aria-label={`${label}: models this account can use`}>
          {outcome.live.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
