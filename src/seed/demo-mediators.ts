import { EntityManager } from 'typeorm';
import type { MediatorAffiliation } from '../api-contract';
import { Organization } from '../organizations/entities/organization.entity';
import { User } from '../users/entities/user.entity';

/** The second demo committee, so the directory has more than one to browse. */
export const DEMO_SECOND_COMMITTEE = { kind: 'committee', name: '合川区钓鱼城街道人民调解委员会', seriesCode: '钓鱼城调字', region: '重庆市合川区' } as const;

interface DemoMediator {
  phone: string;
  name: string;
  committee: 'first' | 'second';
  affiliation: MediatorAffiliation;
  specialties: string[];
  languages: string[];
  years: number;
  introduction: string;
  office: [string, string];
  /** Weekly hours as [weekday, start, end] in minutes. */
  hours: [number, number, number][];
}

const WORKDAYS = (start: number, end: number): [number, number, number][] => [1, 2, 3, 4, 5].map((d) => [d, start, end]);
const OFFICE_1: [string, string] = ['合阳城街道调解室', '合川区合阳大道88号社区服务中心2楼'];
const OFFICE_2: [string, string] = ['钓鱼城街道调解室', '合川区钓鱼城大道16号便民服务中心1楼'];

/** A dozen varied mediators (demo data, SEED_DEMO=true only). Password: the demo password. */
export const DEMO_MEDIATORS: DemoMediator[] = [
  { phone: '13800000101', name: '陈淑芬', committee: 'first', affiliation: 'committee', specialties: ['婚姻家庭', '邻里纠纷'], languages: ['普通话', '重庆话'], years: 18, introduction: '社区调解员，擅长家事和邻里矛盾的背对背调解。', office: OFFICE_1, hours: WORKDAYS(540, 1020) },
  { phone: '13800000102', name: '周志强', committee: 'first', affiliation: 'committee', specialties: ['民间借贷', '买卖合同'], languages: ['普通话', '重庆话'], years: 9, introduction: '原银行信贷员，熟悉借条、转账凭证与利息计算。', office: OFFICE_1, hours: WORKDAYS(540, 720) },
  { phone: '13800000103', name: '黄丽娟', committee: 'first', affiliation: 'committee', specialties: ['物业服务', '房屋租赁'], languages: ['普通话'], years: 6, introduction: '物业与租赁纠纷调解，熟悉小区业主公约。', office: OFFICE_1, hours: [[2, 840, 1080], [4, 840, 1080], [6, 540, 720]] },
  { phone: '13800000104', name: '何建华', committee: 'first', affiliation: 'court_invited', specialties: ['道路交通事故', '人身损害'], languages: ['普通话', '重庆话'], years: 22, introduction: '法院特邀调解员，退休法官，擅长交通事故赔偿计算。', office: ['合川区人民法院诉调对接中心', '合川区南屏路1号'], hours: WORKDAYS(540, 1020) },
  { phone: '13800000105', name: '杨晓梅', committee: 'first', affiliation: 'lawyer_studio', specialties: ['劳动争议', '买卖合同', '民间借贷'], languages: ['普通话', '英语'], years: 11, introduction: '律师调解工作室执业律师，劳动争议与合同纠纷。', office: ['杨晓梅律师调解工作室', '合川区文峰街33号'], hours: [[1, 840, 1080], [3, 840, 1080], [5, 840, 1080]] },
  { phone: '13800000106', name: '李国庆', committee: 'first', affiliation: 'trade_body', specialties: ['消费纠纷', '买卖合同'], languages: ['普通话', '重庆话'], years: 7, introduction: '消费者协会调解员，处理商品与服务消费纠纷。', office: ['合川区消费者协会调解室', '合川区新华路8号'], hours: WORKDAYS(600, 960) },
  { phone: '13800000107', name: '张玉兰', committee: 'second', affiliation: 'committee', specialties: ['婚姻家庭'], languages: ['普通话', '重庆话', '四川话'], years: 25, introduction: '街道妇联老调解员，家事纠纷调解经验丰富。', office: OFFICE_2, hours: WORKDAYS(540, 1020) },
  { phone: '13800000108', name: '王德明', committee: 'second', affiliation: 'committee', specialties: ['邻里纠纷', '物业服务'], languages: ['重庆话'], years: 14, introduction: '网格长出身，熟悉辖区情况，就地化解邻里矛盾。', office: OFFICE_2, hours: [[1, 480, 720], [2, 480, 720], [3, 480, 720], [6, 540, 720], [7, 540, 720]] },
  { phone: '13800000109', name: '刘芳', committee: 'second', affiliation: 'committee', specialties: ['民间借贷', '房屋租赁'], languages: ['普通话'], years: 4, introduction: '年轻调解员，擅长线上视频调解。', office: OFFICE_2, hours: WORKDAYS(840, 1140) },
  { phone: '13800000110', name: '赵光辉', committee: 'second', affiliation: 'court_invited', specialties: ['医疗纠纷', '人身损害'], languages: ['普通话'], years: 16, introduction: '法院特邀调解员，医学背景，医疗纠纷专业调解。', office: ['合川区医疗纠纷调解中心', '合川区久长路5号'], hours: [[2, 540, 1020], [4, 540, 1020]] },
  { phone: '13800000111', name: '孙美华', committee: 'second', affiliation: 'lawyer_studio', specialties: ['劳动争议', '消费纠纷'], languages: ['普通话', '粤语'], years: 8, introduction: '律师调解员，曾在广东执业，熟悉劳动仲裁实务。', office: ['孙美华律师调解工作室', '合川区花园路20号'], hours: WORKDAYS(540, 720) },
  { phone: '13800000112', name: '吴大勇', committee: 'second', affiliation: 'trade_body', specialties: ['道路交通事故', '买卖合同'], languages: ['普通话', '重庆话'], years: 12, introduction: '保险行业协会调解员，交通事故理赔与车辆买卖纠纷。', office: ['合川区保险行业调解室', '合川区东津沱路2号'], hours: WORKDAYS(540, 1020) },
];

/** The first demo mediators' profiles (王桂兰, 刘建国), for the ranking to have something to go on. */
const FIRST_PROFILES: Record<string, Omit<DemoMediator, 'phone' | 'name' | 'committee'>> = {
  '13800000001': { affiliation: 'committee', specialties: ['民间借贷', '邻里纠纷', '婚姻家庭'], languages: ['普通话', '重庆话'], years: 15, introduction: '合阳城街道人民调解委员会主任调解员。', office: OFFICE_1, hours: WORKDAYS(540, 1020) },
  '13800000002': { affiliation: 'committee', specialties: ['物业服务', '消费纠纷'], languages: ['普通话'], years: 5, introduction: '人民调解员，擅长物业和消费纠纷。', office: OFFICE_1, hours: WORKDAYS(840, 1080) },
};

/** Adds the second committee, the dozen mediators, and profiles, offices and hours for every demo mediator. */
export async function seedDemoMediators(manager: EntityManager, first: Organization, court: Organization, passwordHash: string): Promise<void> {
  const second =
    (await manager.findOne(Organization, { where: { name: DEMO_SECOND_COMMITTEE.name, kind: 'committee' } })) ??
    (await manager.save(Organization, manager.create(Organization, { ...DEMO_SECOND_COMMITTEE, courtId: court.id })));
  await manager.insert(User, DEMO_MEDIATORS.map((m) => ({
    phone: m.phone, name: m.name, role: 'mediator' as const, organizationId: m.committee === 'first' ? first.id : second.id, passwordHash,
  })));
  const all = [...DEMO_MEDIATORS, ...Object.entries(FIRST_PROFILES).map(([phone, p]) => ({ ...p, phone }))];
  for (const m of all) {
    const [{ id }] = await manager.query('SELECT id FROM users WHERE phone = $1', [m.phone]);
    await manager.query(
      `INSERT INTO mediator_profiles (user_id, affiliation, invited_by_court_id, specialties, languages, years_of_experience, introduction)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, m.affiliation, m.affiliation === 'court_invited' ? court.id : null, m.specialties, m.languages, m.years, m.introduction],
    );
    await manager.query('INSERT INTO mediator_offices (mediator_id, name, address) VALUES ($1, $2, $3)', [id, ...m.office]);
    for (const [weekday, start, end] of m.hours) {
      await manager.query('INSERT INTO mediator_weekly_hours (mediator_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4)', [id, weekday, start, end]);
    }
  }
}
