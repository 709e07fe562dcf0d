import { describe, expect, it } from 'vitest';
import { licenseState, licenseStates } from './license-state';

const evaluation = {
  type: 'evaluation' as const,
  deployment: 'server' as const,
  maintenanceEnd: '2026-03-20',
  evaluationEnd: '2026-03-20',
};
const server = { type: 'commercial' as const, deployment: 'server' as const, maintenanceEnd: '2026-03-20' };
const at = (iso: string) => new Date(iso);

describe('license state shown in the list and the details', () => {
  it('an evaluation shows its days left (R-EVAL-1)', () => {
    expect(licenseState(evaluation, at('2026-03-10T10:00:00'), '2026-03-10T10:00:00')).toEqual({ kind: 'evaluation', daysLeft: 10 });
  });

  it('an evaluation is expired from its end date on', () => {
    expect(licenseState(evaluation, at('2026-03-21T10:00:00'), '2026-03-21T10:00:00')).toEqual({
      kind: 'evaluation-expired',
      daysSince: 1,
    });
  });

  it('a clock moved back two days after the evaluation ended is a tamper signal, not days regained (R-EVAL-4)', () => {
    const latest = at('2026-03-21T10:00:00').toISOString();
    expect(licenseState(evaluation, at('2026-03-19T10:00:00'), latest)).toEqual({ kind: 'clock-tampered', behindMs: 2 * 86_400_000 });
  });

  it('a clock a minute behind the latest time seen is an ordinary correction (R-EVAL-4)', () => {
    const latest = at('2026-03-12T10:01:00').toISOString();
    expect(licenseState(evaluation, at('2026-03-12T10:00:00'), latest)).toEqual({ kind: 'evaluation', daysLeft: 8 });
  });

  it('counts evaluation days from the latest time seen, never from an earlier clock (R-EVAL-4)', () => {
    const latest = at('2026-03-15T10:03:00').toISOString();
    expect(licenseState(evaluation, at('2026-03-15T10:00:00'), latest)).toEqual({ kind: 'evaluation', daysLeft: 5 });
  });

  it('sold licenses keep the domain status; a clock going back does not touch them', () => {
    const latest = at('2026-05-01T10:00:00').toISOString();
    const states = licenseStates([server, evaluation], at('2026-03-10T10:00:00'), latest);
    expect(states[0]).toEqual({ kind: 'expiring', daysLeft: 10, threshold: 30 });
    expect(states[1]?.kind).toBe('clock-tampered');
  });

  it('a server license whose maintenance ended keeps working (R-MAINT-6)', () => {
    expect(licenseState(server, at('2026-04-01T10:00:00'), null)).toEqual({ kind: 'expired-perpetual', daysSince: 12 });
  });
});
