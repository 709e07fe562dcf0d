import type { IsoDate } from '../catalog';
import type { License } from '../license';
import { versionSupport, type MajorVersion } from './eol';

/** Warn this many days before a version's support ends (R-EOL-1). */
export const EOL_WARNING_DAYS = 90;

export type EolView =
  | { readonly kind: 'not-recorded'; readonly entitled: number }
  | { readonly kind: 'unknown'; readonly major: number }
  | { readonly kind: 'supported'; readonly major: number; readonly endsOn: IsoDate }
  | { readonly kind: 'ending'; readonly major: number; readonly endsOn: IsoDate; readonly daysLeft: number }
  | { readonly kind: 'ended'; readonly major: number; readonly endsOn: IsoDate };

/** Where the installed version stands (R-EOL-1): warned within 90 days of its end of support, and after. */
export function eolView(
  license: Pick<License, 'installedMajorVersion' | 'majorVersion'>,
  versions: readonly MajorVersion[],
  today: IsoDate,
): EolView {
  const major = license.installedMajorVersion;
  if (major === undefined) return { kind: 'not-recorded', entitled: license.majorVersion };
  const support = versionSupport(versions, major, today);
  if (!support.ok) return { kind: 'unknown', major };
  const { endsOn, daysLeft } = support.value;
  if (today >= endsOn) return { kind: 'ended', major, endsOn };
  if (daysLeft <= EOL_WARNING_DAYS) return { kind: 'ending', major, endsOn, daysLeft };
  return { kind: 'supported', major, endsOn };
}
