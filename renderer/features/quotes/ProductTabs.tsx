import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/catalog';
import type { Quote } from '../../../shared/quote';
import { NewTab } from './NewTab';
import { RenewTab, type RenewPreset } from './RenewTab';
import { UpgradeTab } from './UpgradeTab';
import type { DraftEdit } from './use-draft-autosave';
import { usePaidOn, type QuoteData } from './use-quote-data';

export type ProductTab = 'new' | 'renew' | 'upgrade';
const TABS: ProductTab[] = ['new', 'renew', 'upgrade'];

interface Props {
  quote: Quote;
  update: (edit: DraftEdit) => void;
  data: QuoteData;
  today: IsoDate;
  initialTab: ProductTab;
  renewPreset?: RenewPreset | undefined;
  upgradeLicenseId?: string | undefined;
}

/** The three tabs of the Quote & Order Form (R-ORD-1); each adds lines to the cart. */
export function ProductTabs({ quote, update, data, today, initialTab, renewPreset, upgradeLicenseId }: Props) {
  const { t } = useTranslation('quotes');
  const [tab, setTab] = useState<ProductTab>(initialTab);
  const paidOn = usePaidOn();
  const common = { quote, update, book: data.book, entities: data.entities, today };
  return (
    <Box>
      <Tabs value={tab} onChange={(_e, v: ProductTab) => setTab(v)} aria-label={t('tabs.label')}>
        {TABS.map((x) => (
          <Tab key={x} value={x} label={t(`tabs.${x}`)} id={`quote-tab-${x}`} aria-controls={`quote-tabpanel-${x}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`quote-tabpanel-${tab}`} aria-labelledby={`quote-tab-${tab}`} sx={{ pt: 2, maxWidth: 720 }}>
        {tab === 'new' && <NewTab {...common} />}
        {tab === 'renew' && <RenewTab {...common} licenses={data.licenses} preset={renewPreset} />}
        {tab === 'upgrade' && <UpgradeTab {...common} licenses={data.licenses} paidOn={paidOn} preset={upgradeLicenseId} />}
      </Box>
    </Box>
  );
}
