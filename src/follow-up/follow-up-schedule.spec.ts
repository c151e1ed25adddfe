import { followUpAt, tasksOf } from './follow-up-schedule';

describe('follow-up schedule', () => {
  it('makes one task per instalment, and one per obligation otherwise', () => {
    const tasks = tasksOf([
      { kind: 'payment', debtorPartyId: 'd', creditorPartyId: 'c', amountFen: 300, dueDate: '2026-03-01',
        instalments: [{ amountFen: 100, dueDate: '2026-01-01' }, { amountFen: 200, dueDate: '2026-03-01' }] },
      { kind: 'act', debtorPartyId: 'd', description: '修复漏水', dueDate: '2026-02-01' },
      { kind: 'payment', debtorPartyId: 'd' }, // incomplete: nothing to follow up
    ]);
    expect(tasks.map((t) => [t.obligationIndex, t.instalmentIndex, t.amountFen, t.dueDate, t.description])).toEqual([
      [0, 0, 100, '2026-01-01', '第1期付款（共2期）'],
      [0, 1, 200, '2026-03-01', '第2期付款（共2期）'],
      [1, -1, null, '2026-02-01', '修复漏水'],
    ]);
    expect(tasks[2].creditorPartyId).toBeNull();
  });

  it('falls due when the due date is over in Shanghai', () => {
    expect(followUpAt('2026-03-01').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });
});
