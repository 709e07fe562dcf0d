import type { TFunction } from 'i18next';
import type { ApiQuoteState, ConflictField } from '../../../shared/api';
import type { Quote } from '../../../shared/quote';

export const CONFLICT_FIELDS: readonly ConflictField[] = [
  'status',
  'officialNumber',
  'poNumber',
  'lines',
  'contacts',
  'organization',
  'currency',
];

type Side = Pick<Quote, 'status' | 'officialNumber' | 'poNumber' | 'lines' | 'contacts' | 'organization' | 'currency'>;

/** The comparable fields of the server's version; null for a deleted one. */
export function remoteSide(remote: ApiQuoteState): Side | null {
  if (remote.deleted) return null;
  const s = remote.submission;
  return {
    status: remote.status,
    officialNumber: remote.officialNumber,
    ...(remote.poNumber ? { poNumber: remote.poNumber } : {}),
    lines: s.lines,
    contacts: s.contacts,
    organization: s.organization,
    currency: s.currency,
  };
}

/** One field of one side, as the chooser shows it. */
export function fieldText(t: TFunction, side: Side | null, field: ConflictField): string {
  if (!side) return field === 'status' ? t('conflict.deleted') : '';
  switch (field) {
    case 'status':
      return t(`conflict.statuses.${side.status}`);
    case 'officialNumber':
      return side.officialNumber ?? t('conflict.none');
    case 'poNumber':
      return side.poNumber ?? t('conflict.none');
    case 'lines':
      return `${t('conflict.lineCount', { count: side.lines.length })}: ${side.lines.map((e) => ('tier' in e.line ? `${e.line.product} ${e.line.tier}` : `${e.line.product} ${e.line.to}`)).join(', ')}`;
    case 'contacts':
      return side.contacts.map((c) => `${c.email} (${c.role})`).join(', ') || t('conflict.none');
    case 'organization':
      return side.organization.name || t('conflict.none');
    case 'currency':
      return side.currency;
  }
}
