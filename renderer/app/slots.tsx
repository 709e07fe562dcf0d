import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';

/** What a License Details slot panel receives: enough to find the license, never the other feature's types. */
export interface LicenseSlotProps {
  licenseId: string;
  sen: string;
  entityId: string;
}

/**
 * Panels one feature shows inside another's screen, composed here at the app
 * level so features never import each other. Each is loaded when first shown.
 */
const licenseDetailsPanels: Record<string, LazyExoticComponent<ComponentType<LicenseSlotProps>>> = {
  contacts: lazy(() => import('../features/account/LicenseContacts')),
  consent: lazy(() => import('../features/account/ConsentToAssign')),
};

/** What a quote row slot receives (Quotes and Orders tabs). */
export interface QuoteSlotProps {
  quoteId: string;
  status: string;
  officialNumber: string | undefined;
  /** An order placed for a customer: the signed-in account is not its contact and never gets it (R-ORD-8). */
  handedOver?: boolean;
}

const quoteRowActions: Record<string, LazyExoticComponent<ComponentType<QuoteSlotProps>>> = {
  orders: lazy(() => import('../features/account/OrderActions')),
};

/** Renders the actions other features add to a quote row. */
export function QuoteRowSlot(props: QuoteSlotProps) {
  return (
    <Suspense fallback={null}>
      {Object.entries(quoteRowActions).map(([name, Actions]) => (
        <Actions key={name} {...props} />
      ))}
    </Suspense>
  );
}

/** Renders every panel registered for License Details, in order. */
export function LicenseDetailsSlot(props: LicenseSlotProps) {
  return (
    <Suspense fallback={null}>
      {Object.entries(licenseDetailsPanels).map(([name, Panel]) => (
        <Panel key={name} {...props} />
      ))}
    </Suspense>
  );
}
