import type { TFunction } from 'i18next';
import { armourKey } from '../../../shared/keys/normalize';
import type { License } from '../../../shared/license';
import type { KeyHistoryRow } from '../../db/database';

/** The file name a license's keys are saved under. */
export function keysFileName(license: Pick<License, 'sen'>): string {
  return `${license.sen}-keys.txt`;
}

/**
 * The keys applied to a license as text: the current key first, then the earlier ones,
 * newest first, each in the armour the License key box reads back. Lines before a key say what it is.
 */
export function keysFileText(t: TFunction, license: License, history: readonly KeyHistoryRow[]): string {
  const earlier = history
    .filter((h) => h.key !== license.key)
    .toSorted((a, b) => b.appliedAt.localeCompare(a.appliedAt))
    .map((h) => `${t('licenses:keysFile.earlier', { issued: h.issued })}\n${armourKey(h.key)}`);
  const current =
    license.key === undefined ? [] : [`${t('licenses:keysFile.current', { issued: license.issued })}\n${armourKey(license.key)}`];
  return [t('licenses:keysFile.title', { sen: license.sen }), ...current, ...earlier].join('\n\n') + '\n';
}
