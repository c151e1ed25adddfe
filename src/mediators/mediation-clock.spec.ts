import { daysLeft, extensionOutcome, mediationDueAt } from './mediation-clock';

describe('the mediation clock', () => {
  const accepted = new Date('2026-12-01T02:00:00Z');

  it('runs about a month from acceptance, plus agreed extensions', () => {
    expect(mediationDueAt(accepted, 0).toISOString()).toBe('2026-12-31T02:00:00.000Z');
    expect(mediationDueAt(accepted, 15).toISOString()).toBe('2027-01-15T02:00:00.000Z');
  });

  it('counts whole days left, negative when overrun', () => {
    const due = mediationDueAt(accepted, 0);
    expect(daysLeft(due, new Date('2026-12-30T03:00:00Z'))).toBe(1);
    expect(daysLeft(due, new Date('2027-01-02T02:00:00Z'))).toBe(-2);
  });

  it('extends only with every party’s consent; one refusal ends the request', () => {
    expect(extensionOutcome(['a', 'b'], [{ userId: 'a', agreed: true }])).toBe('pending');
    expect(extensionOutcome(['a', 'b'], [{ userId: 'a', agreed: true }, { userId: 'b', agreed: true }])).toBe('agreed');
    expect(extensionOutcome(['a', 'b'], [{ userId: 'a', agreed: true }, { userId: 'b', agreed: false }])).toBe('refused');
  });
});
