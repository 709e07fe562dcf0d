import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** Not built yet: says honestly what this screen will hold. */
export default function MaintenanceScreen() {
  const { t } = useTranslation('maintenance');
  return (
    <>
      <ScreenHeader title={t('title')} />
      <EmptyState title={t('comingSoon.title')} body={t('comingSoon.body')} />
    </>
  );
}
