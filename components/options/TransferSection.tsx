import { type ChangeEvent, useState } from 'react';
import { hostsOf, requestOrigins } from '@/lib/settings/permissions';
import { exportSettings, importSettings } from '@/lib/settings/transfer';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

/** Firefox may still be reading the blob when click() returns: revoke its URL a little later. */
const REVOKE_AFTER_MS = 10_000;

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function TransferSection({ form }: { form: OptionsForm }) {
  const [status, setStatus] = useState('');

  async function exportFile() {
    download(await exportSettings(), 'post-to-image-settings.json');
    setStatus('Exported the saved settings. The file holds no API keys.');
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = await importSettings(await file.text());
    input.value = '';
    if (!result.ok) return setStatus(result.sentence);
    // Still within the person's choice of the file; where the browser no longer counts it as one, the next save asks.
    const allowed = await requestOrigins(result.origins);
    await form.reload();
    setStatus(allowed ? result.sentence : `${result.sentence} Allow access to ${hostsOf(result.origins)} when you next save.`);
  }

  return (
    <Section id="transfer" title="Export and import" intro="Move your settings to another browser or share them with a colleague. API keys never go into the file.">
      <div className="field">
        <button type="button" onClick={() => void exportFile()}>
          Export settings
        </button>
      </div>
      <div className="field">
        <label htmlFor="import-file">Import settings from a file</label>
        <input id="import-file" type="file" accept="application/json,.json" aria-describedby="import-file-help" onChange={(event) => void importFile(event)} />
        <p id="import-file-help" className="help">
          Replaces the saved settings and defaults at once; changes on this page that are not saved yet are dropped.
        </p>
      </div>
      <p role="status" className="help">
        {status}
      </p>
    </Section>
  );
}
