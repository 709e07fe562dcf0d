import type { Deployment, Tier } from '../catalog';

/** Technical support channels; labels are i18n keys "domain:support.channel.<id>". */
export const SUPPORT_CHANNELS = ['email', 'knowledgeBase', 'tickets', 'liveChat', 'teamViewer', 'phone'] as const;
export type SupportChannel = (typeof SUPPORT_CHANNELS)[number];

const PLAN_CHANNELS: Readonly<Record<Tier, readonly SupportChannel[]>> = {
  Starter: ['email', 'knowledgeBase'],
  Express: ['email', 'knowledgeBase'],
  Professional: ['email', 'knowledgeBase', 'tickets', 'liveChat'],
  Enterprise: ['email', 'knowledgeBase', 'tickets', 'liveChat', 'teamViewer', 'phone'],
};

/** The support channels of a Conex Books plan (R-SUP-1). */
export function planSupportChannels(tier: Tier): readonly SupportChannel[] {
  return PLAN_CHANNELS[tier];
}

export const SUPPORT_OFFERINGS = ['select', 'priority', 'premier'] as const;
export type SupportOffering = (typeof SUPPORT_OFFERINGS)[number];

/** A response time: the UI renders it with "domain:support.duration.<unit>". */
export interface Duration {
  readonly value: number;
  readonly unit: 'minutes' | 'hours' | 'businessDays';
}

/** One severity level's target; `level` is absent when an offering has a single target. */
export interface ResponseTarget {
  readonly level?: 'L1' | 'L2' | 'L3' | 'L4';
  /** Hours of availability, "9/5", "24/5" or "24/7". */
  readonly hours: '9/5' | '24/5' | '24/7';
  readonly firstResponse: Duration;
  /** i18n key suffix: "domain:support.team.<team>". */
  readonly team: 'select' | 'advanced' | 'dedicatedSenior';
}

export interface OfferingTerms {
  readonly id: SupportOffering;
  readonly deployments: readonly Deployment[];
  /** Select comes with active maintenance; the others are bought separately. */
  readonly includedWithMaintenance: boolean;
  readonly targets: readonly ResponseTarget[];
}

const h = (value: number): Duration => ({ value, unit: 'hours' });

/** The support offerings and their response targets (R-SUP-2). */
export const OFFERING_TERMS: Readonly<Record<SupportOffering, OfferingTerms>> = {
  select: {
    id: 'select',
    deployments: ['server', 'cloud'],
    includedWithMaintenance: true,
    targets: [{ hours: '9/5', firstResponse: h(2), team: 'select' }],
  },
  priority: {
    id: 'priority',
    deployments: ['server', 'cloud'],
    includedWithMaintenance: false,
    targets: [
      { level: 'L1', hours: '24/7', firstResponse: h(1), team: 'advanced' },
      { level: 'L2', hours: '24/5', firstResponse: h(2), team: 'advanced' },
      { level: 'L3', hours: '9/5', firstResponse: { value: 1, unit: 'businessDays' }, team: 'select' },
      { level: 'L4', hours: '9/5', firstResponse: { value: 2, unit: 'businessDays' }, team: 'select' },
    ],
  },
  premier: {
    id: 'premier',
    deployments: ['server', 'cloud'],
    includedWithMaintenance: false,
    targets: [
      { level: 'L1', hours: '24/7', firstResponse: { value: 30, unit: 'minutes' }, team: 'dedicatedSenior' },
      { level: 'L2', hours: '24/7', firstResponse: h(2), team: 'dedicatedSenior' },
      { level: 'L3', hours: '24/7', firstResponse: h(8), team: 'dedicatedSenior' },
      { level: 'L4', hours: '24/7', firstResponse: h(24), team: 'dedicatedSenior' },
    ],
  },
};

/** The terms of an offering (R-SUP-2). */
export function offeringTerms(offering: SupportOffering): OfferingTerms {
  return OFFERING_TERMS[offering];
}

/** The offerings a license can have: Select only while maintenance is active. */
export function availableOfferings(deployment: Deployment, maintenanceActive: boolean): SupportOffering[] {
  return SUPPORT_OFFERINGS.filter((id) => {
    const terms = OFFERING_TERMS[id];
    return terms.deployments.includes(deployment) && (!terms.includedWithMaintenance || maintenanceActive);
  });
}
