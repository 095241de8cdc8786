import { browser } from 'wxt/browser';
import { CopyDiagnostics } from './CopyDiagnostics';
import { ModelNotice } from '../shared/ModelNotice';
import { MonthSpend } from './MonthSpend';
import { ProviderStatus } from './ProviderStatus';
import { RecentImages } from './RecentImages';

export function Popup() {
  return (
    <main className="popup">
      <h1>Post to Image</h1>
      <ModelNotice />
      <ProviderStatus />
      <MonthSpend />
      <RecentImages />
      <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
        Open options
      </button>
      <CopyDiagnostics />
    </main>
  );
}
