import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS } from '../../../shared/catalog-lists';
import type { TableColumn } from '../../ui/data-table/DataTable';
import { formatDay } from './format';
import { productKey } from './license-filters';
import type { LicenseRow } from './license-rows';
import type { LicenseField } from './license-sort';
import { stateTone, statusText } from './status-text';
import { Ltr } from '../../ui/Ltr';

/** A column of the Licenses list. */
export type LicenseColumn = TableColumn<LicenseRow> & { readonly field: LicenseField };

/** Each product with each deployment, in words ("Conex Books Server"): the Product column and its filter. */
export function useProductLabels(): ReadonlyMap<string, string> {
  const { t } = useTranslation('keys');
  return useMemo(
    () =>
      new Map(PRODUCT_IDS.flatMap((p) => DEPLOYMENTS.map((d) => [`${p}:${d}`, `${t(`products.${p}`)} ${t(`deployments.${d}`)}`] as const))),
    [t],
  );
}

/**
 * Every column of the Licenses list, in order, for the current language. Cells are plain elements styled once by the
 * list (`.conex-sen`, `.conex-status`): a styled component per cell would cost a style pass on every keystroke.
 */
export function useLicenseColumns(open: (id: string) => void): readonly LicenseColumn[] {
  const { t, i18n } = useTranslation('licenses');
  const language = i18n.language;
  const products = useProductLabels();
  return useMemo<LicenseColumn[]>(() => {
    const header = (field: LicenseField) => t(`list.columns.${field}`);
    // i18next's t() costs tens of microseconds a call, and a keystroke can bring 100 new rows onto the page: each text is
    // worked out once per language (or row, or day) here, never once per cell drawn.
    const types = new Map(LICENSE_TYPES.map((v) => [v, t(`keys:types.${v}`)]));
    const noEntity = t('list.noEntity');
    const [openBefore = '', openAfter = ''] = t('list.open', { sen: '\u0000' }).split('\u0000');
    const statuses = new WeakMap<LicenseRow, string>();
    const statusOf = (row: LicenseRow) => {
      let text = statuses.get(row);
      if (text === undefined) statuses.set(row, (text = statusText(t, row.state)));
      return text;
    };
    const days = new Map<string, string>();
    const dayOf = (iso: string) => {
      let text = days.get(iso);
      if (text === undefined) days.set(iso, (text = formatDay(iso, language)));
      return text;
    };
    return [
      {
        field: 'sen',
        header: header('sen'),
        width: 150,
        // Out of the tab order: the grid is one tab stop, and Enter on this cell presses the button (DataTable).
        render: (row) => (
          <button
            type="button"
            tabIndex={-1}
            className="conex-sen"
            aria-label={openBefore + row.sen + openAfter}
            onClick={() => open(row.id)}
          >
            <Ltr>{row.sen}</Ltr>
          </button>
        ),
      },
      { field: 'product', header: header('product'), width: 200, render: (row) => products.get(productKey(row)) },
      { field: 'tier', header: header('tier'), width: 115, render: (row) => row.tier },
      { field: 'type', header: header('type'), width: 115, render: (row) => types.get(row.type) },
      {
        field: 'entity',
        header: header('entity'),
        render: (row) => {
          const name = row.entity || noEntity;
          return (
            <span dir="auto" className="conex-own-direction" title={name}>
              {name}
            </span>
          );
        },
      },
      { field: 'serverId', header: header('serverId'), width: 170, render: (row) => <Ltr>{row.serverId}</Ltr> },
      {
        field: 'status',
        header: header('status'),
        render: (row) => {
          // The cell cuts a long status with an ellipsis; its title shows it whole.
          const text = statusOf(row);
          return (
            <span className={`conex-status conex-status-${stateTone(row.state)}`} title={text}>
              {text}
            </span>
          );
        },
      },
      {
        field: 'maintenanceEnd',
        header: header('maintenanceEnd'),
        width: 150,
        render: (row) => dayOf(row.maintenanceEndIso),
      },
    ];
  }, [t, language, products, open]);
}
