import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { InDirection } from '../../test/direction';
import type { MaintenanceRow } from './rows';
import { Timeline } from './Timeline';

const NOW = new Date('2026-11-25T10:00:00Z');
// Only the fields the timeline reads: the end, the group and the license's SEN and type.
const row = (sen: string, end: string, group: string) =>
  ({ end, group, license: { sen, type: 'commercial' } }) as unknown as MaintenanceRow;
const rows = [row('SEN-1', '2026-06-01', 'ended'), row('SEN-2', '2027-09-01', 'active'), row('SEN-3', '2026-12-10', 'within-30')];

/** The x of the "Ended" label and of the "Today" label, in the figure's own units (1000 wide). */
function positions() {
  const figure = screen.getByRole('img');
  const textX = (text: string) => Number([...figure.querySelectorAll('text')].find((n) => n.textContent === text)?.getAttribute('x'));
  return { ended: textX('Ended'), today: textX('Today') };
}

describe('the maintenance timeline', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('runs left to right in a left-to-right window: ended licenses at the left, then today', () => {
    render(
      <InDirection direction="ltr">
        <Timeline rows={rows} now={NOW} />
      </InDirection>,
    );
    const { ended, today } = positions();
    expect(ended).toBe(30);
    expect(today).toBeGreaterThan(ended);
  });

  it('reads right to left in a right-to-left window: ended licenses at the right, time running leftwards', () => {
    render(
      <InDirection direction="rtl">
        <Timeline rows={rows} now={NOW} />
      </InDirection>,
    );
    const { ended, today } = positions();
    expect(ended).toBe(970);
    expect(today).toBeLessThan(ended);
    const points = [...screen.getByRole('img').querySelectorAll('circle')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      title: c.querySelector('title')?.textContent ?? '',
    }));
    const soon = points.find((p) => p.title.includes('SEN-3'))!;
    const later = points.find((p) => p.title.includes('SEN-2'))!;
    expect(later.x).toBeLessThan(soon.x);
  });
});
