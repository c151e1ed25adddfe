import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { hashPassword } from '../auth/password';
import { Organization } from '../organizations/entities/organization.entity';
import { Role, User } from '../users/entities/user.entity';
import { seedDemoMediators } from './demo-mediators';
import { seedDemoHistory } from '../statistics/demo-history';
import { seedDemoActivity } from './demo-activity';

export const DEMO_PASSWORD = 'Hezhou2026';

export const DEMO_COMMITTEE = { kind: 'committee', name: '合川区合阳城街道人民调解委员会', seriesCode: '合阳调字', region: '重庆市合川区' } as const;
export const DEMO_COURT = { kind: 'court', name: '重庆市合川区人民法院', seriesCode: '渝0117', region: '重庆市合川区' } as const;

export const DEMO_ACCOUNTS: { phone: string; name: string; role: Role; org?: 'committee' | 'court'; title: string }[] = [
  { phone: '13800000000', name: '系统管理员', role: 'admin', title: '管理员' },
  { phone: '13800000001', name: '王桂兰', role: 'mediator', org: 'committee', title: '人民调解员' },
  { phone: '13800000002', name: '刘建国', role: 'mediator', org: 'committee', title: '人民调解员' },
  { phone: '13800000011', name: '陈法官', role: 'court_staff', org: 'court', title: '法官' },
  { phone: '13800000012', name: '赵书记员', role: 'court_staff', org: 'court', title: '书记员' },
  { phone: '13800000013', name: '周院长', role: 'court_staff', org: 'court', title: '院长' },
  { phone: '13900000001', name: '张三', role: 'party', title: '当事人（申请人）' },
  { phone: '13900000002', name: '李四', role: 'party', title: '当事人（被申请人）' },
];

/**
 * Demo accounts, the demo committee and a second one with a dozen varied mediators (src/seed/demo-mediators.ts), once (when the demo admin does not exist yet). The court is reference data
 * (migrations/1764900002000-courts-and-areas.ts): the committee is linked to it as its own court.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Two portals booting at once must not both seed.
    await manager.query('SELECT pg_advisory_xact_lock(20261127)');
    if (await manager.exists(User, { where: { phone: DEMO_ACCOUNTS[0].phone } })) return false;
    const court =
      (await manager.findOne(Organization, { where: { name: DEMO_COURT.name, kind: 'court' } })) ??
      (await manager.save(Organization, manager.create(Organization, { ...DEMO_COURT, courtLevel: 'basic' })));
    const committee =
      (await manager.findOne(Organization, { where: { name: DEMO_COMMITTEE.name, kind: 'committee' } })) ??
      (await manager.save(Organization, manager.create(Organization, { ...DEMO_COMMITTEE, courtId: court.id })));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const orgId = (org?: 'committee' | 'court') => (org === 'committee' ? committee.id : org === 'court' ? court.id : null);
    const courtTitle = (title: string) => ({ 法官: 'judge', 书记员: 'clerk', 院长: 'president' } as const)[title as '法官'] ?? null;
    await manager.insert(User, DEMO_ACCOUNTS.map((a) => ({
      phone: a.phone, name: a.name, role: a.role, organizationId: orgId(a.org), passwordHash, courtTitle: a.role === 'court_staff' ? courtTitle(a.title) : null,
    })));
    await seedDemoMediators(manager, committee, court, passwordHash);
    return true;
  });
}

/** The boot step: demo data only when SEED_DEMO=true (never in production, see loadConfig). */
export async function seedIfAsked(config: Pick<AppConfig, 'seedDemo'>, dataSource: DataSource, say: (line: string) => void): Promise<boolean> {
  if (!config.seedDemo) return false;
  say('SEED_DEMO=true：写入演示账号（npm start 默认开启；生产环境从不写入）');
  const seeded = await seedDemoData(dataSource);
  if (seeded) say('已写入演示数据');
  const history = await seedDemoHistory(dataSource, '13900000001');
  if (history) say(`已写入演示统计历史：${history} 件演示案件（近 18 个月，标记为演示数据）`);
  // Also for a data directory seeded before the history had sessions and referrals: each adds only what is missing.
  const activity = await seedDemoActivity(dataSource, DEMO_PASSWORD);
  if (activity.sessions || activity.referrals) say(`已写入演示调解会议 ${activity.sessions} 场、协作单位转办 ${activity.referrals} 件`);
  return seeded;
}
