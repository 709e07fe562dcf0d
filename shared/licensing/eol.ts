import type { IsoDate } from '../catalog';
import { addMonthsIso, daysBetween } from '../calendar';
import { domainError, err, ok, type Result } from '../errors';

/** A major version is supported for 2 years after its x.0 release (R-EOL-1). */
export const SUPPORT_MONTHS = 24;

export interface MajorVersion {
  readonly major: number;
  readonly releasedOn: IsoDate;
}

export interface VersionSupport {
  readonly major: number;
  readonly releasedOn: IsoDate;
  /** The first day the version is no longer supported. */
  readonly endsOn: IsoDate;
  readonly supported: boolean;
  /** Days until `endsOn`; 0 once ended. */
  readonly daysLeft: number;
}

/** Whether `major` is supported on `today`, and for how long (R-EOL-1). */
export function versionSupport(versions: readonly MajorVersion[], major: number, today: IsoDate): Result<VersionSupport> {
  const version = versions.find((v) => v.major === major);
  if (!version) return err(domainError('version.unknown', 'domain:version.unknown', { major }));
  const endsOn = addMonthsIso(version.releasedOn, SUPPORT_MONTHS);
  const left = daysBetween(today, endsOn);
  const released = today >= version.releasedOn;
  return ok({ major, releasedOn: version.releasedOn, endsOn, supported: released && left > 0, daysLeft: Math.max(0, left) });
}

/** The majors supported on `today`, newest first. */
export function supportedVersions(versions: readonly MajorVersion[], today: IsoDate): number[] {
  return versions
    .filter((v) => v.releasedOn <= today && today < addMonthsIso(v.releasedOn, SUPPORT_MONTHS))
    .map((v) => v.major)
    .sort((a, b) => b - a);
}
