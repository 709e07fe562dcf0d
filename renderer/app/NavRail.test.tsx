import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNavigation } from '../store/navigation';
import { componentStorePerTest } from '../test/component-store';
import { NavRail } from './NavRail';

componentStorePerTest('nav-rail');

describe('navigation rail', () => {
  it('lists the screens with Settings last, each naming the Ctrl/Cmd shortcut the Go menu gives it', () => {
    render(<NavRail />);
    const buttons = within(screen.getByRole('navigation', { name: 'Main navigation' }))
      .getAllByRole('button')
      .filter((b) => b.title.startsWith('Shortcut'));
    expect(buttons.map((b) => [b.textContent, b.title])).toEqual([
      ['Licenses', 'Shortcut: Ctrl or Cmd + 1'],
      ['Entities', 'Shortcut: Ctrl or Cmd + 2'],
      ['Quotes', 'Shortcut: Ctrl or Cmd + 3'],
      ['Maintenance', 'Shortcut: Ctrl or Cmd + 4'],
      ['Backups', 'Shortcut: Ctrl or Cmd + 5'],
      ['Budget', 'Shortcut: Ctrl or Cmd + 6'],
      ['Settings', 'Shortcut: Ctrl or Cmd + 7'],
    ]);
    fireEvent.click(buttons[5] as HTMLElement);
    expect(useNavigation.getState().route).toEqual({ screen: 'budget' });
  });
});
