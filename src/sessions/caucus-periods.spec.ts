import { caucusPeriods } from './caucus-periods';

describe('caucusPeriods', () => {
  const at = (min: number) => new Date(Date.UTC(2026, 0, 5, 9, min)).toISOString();

  it('pairs each start with its end, with the members named', () => {
    expect(caucusPeriods([
      { type: 'joined', createdAt: at(0), data: {} },
      { type: 'caucus_started', createdAt: at(5), data: { memberNames: ['王调解', '张三'] } },
      { type: 'caucus_ended', createdAt: at(15), data: {} },
      { type: 'caucus_started', createdAt: at(20), data: { memberNames: ['王调解', '李四'] } },
      { type: 'caucus_ended', createdAt: at(30), data: {} },
    ])).toEqual([
      { startedAt: at(5), endedAt: at(15), memberNames: ['王调解', '张三'] },
      { startedAt: at(20), endedAt: at(30), memberNames: ['王调解', '李四'] },
    ]);
  });

  it('leaves a caucus open while it goes on, and closes it when the session ends', () => {
    const open = [{ type: 'caucus_started', createdAt: at(5), data: { memberNames: ['王调解'] } }];
    expect(caucusPeriods(open)[0].endedAt).toBeNull();
    expect(caucusPeriods([...open, { type: 'ended', createdAt: at(9), data: {} }])[0].endedAt).toBe(at(9));
  });

  it('ignores a stray end', () => {
    expect(caucusPeriods([{ type: 'caucus_ended', createdAt: at(1), data: {} }])).toEqual([]);
  });
});
