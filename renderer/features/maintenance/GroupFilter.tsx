import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { GroupKey } from './rows';

/** Which status group the table shows: all, or one of them with its count. */
export function GroupFilter({
  groups,
  total,
  value,
  onChange,
}: {
  groups: readonly { key: GroupKey; count: number }[];
  total: number;
  value: GroupKey | 'all';
  onChange: (value: GroupKey | 'all') => void;
}) {
  const { t } = useTranslation('maintenance');
  const label = (key: GroupKey, count: number) =>
    key.startsWith('within-') ? t('groups.within', { days: Number(key.slice(7)), count }) : t(`groups.${key}`, { count });
  return (
    <ToggleButtonGroup
      value={value}
      exclusive
      size="small"
      aria-label={t('toolbar.filterLabel')}
      onChange={(_e, next: GroupKey | 'all' | null) => next && onChange(next)}
      sx={{ flexWrap: 'wrap', mb: 2 }}
    >
      <ToggleButton value="all">{t('groups.all', { count: total })}</ToggleButton>
      {groups.map((g) => (
        <ToggleButton key={g.key} value={g.key}>
          {label(g.key, g.count)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
