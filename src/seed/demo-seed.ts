import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { Organization } from '../organizations/entities/organization.entity';
import { Role, User } from '../users/entities/user.entity';

export const DEMO_PASSWORD = 'Hezhou2026';

export const DEMO_COMMITTEE = { kind: 'committee', name: '合川区合阳城街道人民调解委员会', seriesCode: '合阳调字', region: '重庆市合川区' } as const;
export const DEMO_COURT = { kind: 'court', name: '重庆市合川区人民法院', seriesCode: '渝0117', region: '重庆市合川区' } as const;

export const DEMO_ACCOUNTS: { phone: string; name: string; role: Role; org?: 'committee' | 'court'; title: string }[] = [
  { phone: '13800000000', name: '系统管理员', role: 'admin', title: '管理员' },
  { phone: '13800000001', name: '王桂兰', role: 'mediator', org: 'committee', title: '人民调解员' },
  { phone: '13800000002', name: '刘建国', role: 'mediator', org: 'committee', title: '人民调解员' },
  { phone: '13800000011', name: '陈法官', role: 'court_staff', org: 'court', title: '法官' },
  { phone: '13800000012', name: '赵书记员', role: 'court_staff', org: 'court', title: '书记员' },
  { phone: '13900000001', name: '张三', role: 'party', title: '当事人（申请人）' },
  { phone: '13900000002', name: '李四', role: 'party', title: '当事人（被申请人）' },
];

/** On first boot only (no organisation yet): one committee, one court and the demo accounts. */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Two portals booting at once must not both seed.
    await manager.query('SELECT pg_advisory_xact_lock(20261127)');
    if (await manager.count(Organization)) return false;
    const [committee, court] = await manager.save(Organization, [manager.create(Organization, DEMO_COMMITTEE), manager.create(Organization, DEMO_COURT)]);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const orgId = (org?: 'committee' | 'court') => (org === 'committee' ? committee.id : org === 'court' ? court.id : null);
    await manager.insert(User, DEMO_ACCOUNTS.map((a) => ({ phone: a.phone, name: a.name, role: a.role, organizationId: orgId(a.org), passwordHash })));
    return true;
  });
}
