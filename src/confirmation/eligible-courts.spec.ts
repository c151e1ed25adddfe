import { CourtRef, INTERMEDIATE_THRESHOLD_FEN, eligibleCourts } from './eligible-courts';

const courts: CourtRef[] = [
  { id: 'mid', name: '重庆市第一中级人民法院', level: 'intermediate', superiorCourtId: null, areaNames: ['重庆市合川区', '重庆市沙坪坝区'] },
  { id: 'hc', name: '重庆市合川区人民法院', level: 'basic', superiorCourtId: 'mid', areaNames: ['重庆市合川区'] },
  { id: 'spb', name: '重庆市沙坪坝区人民法院', level: 'basic', superiorCourtId: 'mid', areaNames: ['重庆市沙坪坝区'] },
];
const base = { referringCourtId: null, committeeCourtId: 'hc', claimAmountFen: 30_000_000, courts, domiciles: [] };

describe('eligible courts (民事诉讼法 art. 205)', () => {
  it('offers the committee’s own court first, then the courts of the parties’ domiciles', () => {
    const list = eligibleCourts({ ...base, domiciles: [{ name: '张三', domicile: '重庆市合川区南津街1号' }, { name: '李四', domicile: '重庆市沙坪坝区小龙坎1号' }] });
    expect(list.map((c) => c.id)).toEqual(['hc', 'spb']);
    expect(list[0].reason).toBe('调解组织所在地基层人民法院');
    expect(list[1].reason).toContain('李四');
  });

  it('sends a case a court referred to that court alone', () => {
    expect(eligibleCourts({ ...base, referringCourtId: 'spb' }).map((c) => c.id)).toEqual(['spb']);
  });

  it('sends a dispute of intermediate-court size to the intermediate court', () => {
    expect(eligibleCourts({ ...base, claimAmountFen: INTERMEDIATE_THRESHOLD_FEN }).map((c) => c.id)).toEqual(['mid']);
  });

  it('adds the court of where the subject matter is, once (标的物所在地)', () => {
    const list = eligibleCourts({ ...base, subjectLocation: '重庆市沙坪坝区天星桥2号3-1' });
    expect(list.map((c) => [c.id, c.reason])).toEqual([['hc', '调解组织所在地基层人民法院'], ['spb', '标的物所在地基层人民法院']]);
    expect(eligibleCourts({ ...base, subjectLocation: '重庆市合川区南津街1号' }).map((c) => c.id)).toEqual(['hc']);
    expect(eligibleCourts({ ...base, subjectLocation: '四川省成都市武侯区' }).map((c) => c.id)).toEqual(['hc']);
  });
});
