import { describe, expect, it } from 'vitest';
import { supportedVersions, versionSupport } from './eol';

const versions = [
  { major: 8, releasedOn: '2024-03-01' },
  { major: 9, releasedOn: '2025-06-01' },
  { major: 10, releasedOn: '2026-09-15' },
];

describe('end of life (R-EOL-1)', () => {
  it('a major version is supported for 2 years after its x.0 release', () => {
    expect(versionSupport(versions, 9, '2026-11-25')).toEqual({
      ok: true,
      value: { major: 9, releasedOn: '2025-06-01', endsOn: '2027-06-01', supported: true, daysLeft: 188 },
    });
    expect(versionSupport(versions, 8, '2026-02-28')).toMatchObject({ ok: true, value: { supported: true, daysLeft: 1 } });
  });

  it('is no longer supported from the end date on', () => {
    expect(versionSupport(versions, 8, '2026-03-01')).toEqual({
      ok: true,
      value: { major: 8, releasedOn: '2024-03-01', endsOn: '2026-03-01', supported: false, daysLeft: 0 },
    });
    expect(versionSupport(versions, 8, '2026-11-25')).toMatchObject({ ok: true, value: { supported: false, daysLeft: 0 } });
  });

  it('an unreleased version is not supported yet', () => {
    expect(versionSupport(versions, 10, '2026-09-14')).toMatchObject({ ok: true, value: { supported: false } });
    expect(versionSupport(versions, 10, '2026-09-15')).toMatchObject({ ok: true, value: { supported: true } });
  });

  it('an unknown version is a typed error', () => {
    expect(versionSupport(versions, 7, '2026-11-25')).toEqual({
      ok: false,
      error: { code: 'version.unknown', messageKey: 'domain:version.unknown', params: { major: 7 } },
    });
  });

  it('lists the supported versions, newest first', () => {
    expect(supportedVersions(versions, '2026-11-25')).toEqual([10, 9]);
    expect(supportedVersions(versions, '2026-01-01')).toEqual([9, 8]);
    expect(supportedVersions(versions, '2024-02-01')).toEqual([]);
  });
});

describe('support window edges (R-EOL-1)', () => {
  it('a version is supported from its release day and not on its end day', () => {
    expect(supportedVersions(versions, '2024-03-01')).toEqual([8]);
    expect(supportedVersions(versions, '2026-03-01')).toEqual([9]);
  });
});
