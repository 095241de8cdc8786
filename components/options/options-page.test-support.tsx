/** Test-only: the options page rendered as a user meets it, and what it says about a control. */
import { expect } from 'vitest';
import { render, until } from '../shared/render.test-support';
import { OptionsPage } from './OptionsPage';

/** Resolves once the settings have loaded and the form is there. */
export async function renderOptionsPage(): Promise<ReturnType<typeof render>> {
  const page = render(<OptionsPage />);
  await until(() => expect(page.container.querySelector('form')).not.toBeNull());
  return page;
}

/** The sentences the control's aria-describedby points to. */
export function descriptionOf(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => control.ownerDocument.getElementById(id)?.textContent).join(' ');
}
