import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import type { CoterminationPlan } from '../../../shared/maintenance/cotermination';
import type { CoterminationAnchor, CoterminationRequest, QuoteEntry } from '../../../shared/quote';
import { licenseEntity, soldLicenseType } from './license-label';

/**
 * One cart line per license a co-termination renews to the common end, each
 * tied to the line it is synchronised with, so the cart, the review, the total
 * and the PDF price it (R-MAINT-7, R-UPG-2). `skip` is the anchor's own license.
 */
export function syncEntries(
  plan: CoterminationPlan,
  licenses: readonly License[],
  entities: readonly Entity[],
  anchorEntryId: string,
  newId: () => string,
  skip?: string,
): QuoteEntry[] {
  return plan.renewals.flatMap((r) => {
    const license = licenses.find((l) => l.id === r.id);
    if (!license || r.id === skip) return [];
    const id = newId();
    return [
      {
        id,
        line: {
          id,
          kind: 'renewal',
          product: license.product,
          licenseType: soldLicenseType(license),
          sen: license.sen,
          tier: license.tier,
          currentEnd: license.maintenanceEnd,
          years: 1,
          until: plan.commonEnd,
        },
        licenseId: license.id,
        entity: licenseEntity(license, entities),
        syncedWith: anchorEntryId,
      },
    ];
  });
}

/** The request stored with the quote: which licenses are synchronised, to what end, aligned on what. */
export function syncRequest(entries: readonly QuoteEntry[], plan: CoterminationPlan, anchor: CoterminationAnchor): CoterminationRequest {
  return {
    licenses: entries.flatMap((e) =>
      e.licenseId && e.line.kind === 'renewal' ? [{ id: e.licenseId, sen: e.line.sen, maintenanceEnd: e.line.currentEnd }] : [],
    ),
    commonEnd: plan.commonEnd,
    anchor,
  };
}
