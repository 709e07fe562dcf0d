import { describe, expect, it } from 'vitest';
import { availableOfferings, offeringTerms, planSupportChannels } from './support';

describe('support (R-SUP-1, R-SUP-2)', () => {
  it('Starter and Express get email and the knowledge base (R-SUP-1)', () => {
    expect(planSupportChannels('Starter')).toEqual(['email', 'knowledgeBase']);
    expect(planSupportChannels('Express')).toEqual(['email', 'knowledgeBase']);
  });

  it('Professional adds tickets and live chat; Enterprise adds TeamViewer and phone (R-SUP-1)', () => {
    expect(planSupportChannels('Professional')).toEqual(['email', 'knowledgeBase', 'tickets', 'liveChat']);
    expect(planSupportChannels('Enterprise')).toEqual(['email', 'knowledgeBase', 'tickets', 'liveChat', 'teamViewer', 'phone']);
  });

  it('Select is 9/5 with a 2-hour first response, included with maintenance (R-SUP-2)', () => {
    expect(offeringTerms('select')).toMatchObject({
      includedWithMaintenance: true,
      targets: [{ hours: '9/5', firstResponse: { value: 2, unit: 'hours' }, team: 'select' }],
    });
  });

  it('Priority: L1 24/7 1 h, L2 24/5 2 h, L3 1 business day, L4 2 business days (R-SUP-2)', () => {
    expect(offeringTerms('priority').targets.map((t) => [t.level, t.hours, t.firstResponse.value, t.firstResponse.unit])).toEqual([
      ['L1', '24/7', 1, 'hours'],
      ['L2', '24/5', 2, 'hours'],
      ['L3', '9/5', 1, 'businessDays'],
      ['L4', '9/5', 2, 'businessDays'],
    ]);
  });

  it('Premier: 24/7, 30 min, 2 h, 8 h, 24 h, dedicated senior team (R-SUP-2)', () => {
    const targets = offeringTerms('premier').targets;
    expect(targets.map((t) => `${t.firstResponse.value} ${t.firstResponse.unit}`)).toEqual([
      '30 minutes',
      '2 hours',
      '8 hours',
      '24 hours',
    ]);
    expect(targets.every((t) => t.hours === '24/7' && t.team === 'dedicatedSenior')).toBe(true);
  });

  it('Select needs active maintenance; Priority and Premier exist for Server and Cloud (R-SUP-2)', () => {
    expect(availableOfferings('server', true)).toEqual(['select', 'priority', 'premier']);
    expect(availableOfferings('server', false)).toEqual(['priority', 'premier']);
    expect(availableOfferings('cloud', true)).toEqual(['select', 'priority', 'premier']);
  });
});
