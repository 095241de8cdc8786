// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutChooser } from './LayoutChooser';

describe('LayoutChooser', () => {
  const container = document.createElement('div');
  const root = createRoot(container);
  afterEach(() => act(() => root.render(null)));

  it('says the chosen layout in words and offers the others that fit, by their names, under a label', () => {
    const onChoose = vi.fn();
    act(() => root.render(<LayoutChooser layouts={['list', 'question', 'headline']} chosen="list" disabled={false} onChoose={onChoose} />));
    expect(container.querySelector('.note')?.textContent).toBe('Layout: List');
    const select = container.querySelector('select')!;
    expect(container.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Change layout');
    expect([...select.options].map((option) => option.textContent)).toEqual(['List', 'Question', 'Headline']);
    act(() => {
      select.value = 'headline';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenCalledWith('headline');
  });

  it('only says the layout when no other fits the post', () => {
    act(() => root.render(<LayoutChooser layouts={['headline']} chosen="headline" disabled={false} onChoose={() => undefined} />));
    expect(container.textContent).toBe('Layout: Headline');
    expect(container.querySelector('select')).toBeNull();
  });
});
