import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableLabels } from '../../ui/data-table/DataTable';
import { localeOf } from '../../i18n/locale';

/** The data table's words in the app's language, its counts written as the language writes numbers ("10,000", "10 000"). */
export function useTableLabels(): TableLabels {
  const { t, i18n } = useTranslation('licenses');
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(localeOf(language));
    return {
      loading: t('list.loading'),
      rowsPerPage: t('common:table.rowsPerPage'),
      displayedRows: ({ from, to, count }) =>
        t('common:table.displayed', { from: number.format(from), to: number.format(to), count: number.format(count) }),
      pageButton: (type) => t(`common:table.page.${type}`),
    };
  }, [t, language]);
}
