import { createSlot } from './slot';

/** What a License Details panel receives: enough to find the license, never another feature's types. */
export interface LicenseSlotProps {
  licenseId: string;
  sen: string;
  entityId: string;
}

/** What a quote row's added actions receive (Quotes and Orders tabs). */
export interface QuoteSlotProps {
  quoteId: string;
  status: string;
  officialNumber: string | undefined;
  /** An order placed for a customer: the signed-in account is not its contact and never gets it (R-ORD-8). */
  handedOver?: boolean;
}

/** A Settings section needs nothing from its host: it reads and writes its own state. */
export type SettingsSectionProps = Record<never, never>;

/** Panels under a license's details (the licenses feature hosts them). */
export const licenseDetailsPanels = createSlot<LicenseSlotProps>('licenseDetailsPanels');

/** Actions added to each quote and order row (the quotes feature hosts them). */
export const quoteRowActions = createSlot<QuoteSlotProps>('quoteRowActions');

/** Sections other features add to Settings, shown after the settings feature's own Appearance and API sections. */
export const settingsSections = createSlot<SettingsSectionProps>('settingsSections');

/** Every slot, for whoever must load all their contributions at once (the test set-up does, before each file). */
export const allSlots = [licenseDetailsPanels, quoteRowActions, settingsSections] as const;
