import { useMediaQuery } from '@mui/material';
import { useCallback, useMemo, useState } from 'react';
import type { ColumnChoice } from '../../ui/data-table/ColumnsButton';
import type { LicenseField } from './license-sort';
import { useLicenseColumns, type LicenseColumn } from './use-license-columns';

/**
 * The Licenses list's columns in view, and the Columns menu's choices. Status and maintenance end stay in view on a
 * laptop: the least used columns go first as the window narrows (all stay in the CSV and in the Columns menu). A column
 * the user showed or hid stays so, whatever the width.
 */
export function useVisibleColumns(open: (id: string) => void): {
  visible: readonly LicenseColumn[];
  choices: readonly ColumnChoice[];
  toggle: (field: string, visible: boolean) => void;
} {
  const all = useLicenseColumns(open);
  // Read at once (noSsr), so the first draw already has the right columns rather than drawing twice.
  const belowWide = useMediaQuery('(max-width: 1439.95px)', { noSsr: true });
  const belowLaptop = useMediaQuery('(max-width: 1099.95px)', { noSsr: true });
  const [chosen, setChosen] = useState<Partial<Record<string, boolean>>>({});

  const shown = useMemo(() => {
    const byWidth: Partial<Record<LicenseField, boolean>> = { serverId: !belowWide, type: !belowWide, tier: !belowLaptop };
    return (field: LicenseField) => chosen[field] ?? byWidth[field] ?? true;
  }, [chosen, belowWide, belowLaptop]);
  const visible = useMemo(() => all.filter((c) => shown(c.field)), [all, shown]);
  // SEN stays: its button is the keyboard's way into a license.
  const choices = useMemo(
    () => all.map((c) => ({ field: c.field, header: c.header, visible: shown(c.field), fixed: c.field === 'sen' })),
    [all, shown],
  );
  const toggle = useCallback((field: string, on: boolean) => setChosen((c) => ({ ...c, [field]: on })), []);
  return { visible, choices, toggle };
}
