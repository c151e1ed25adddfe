import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { flattenValidationErrors } from '../common/errors/validation';
import { ENTITIES } from '../database/entities';
import { Organization } from '../organizations/entities/organization.entity';
import { CreateUserDto } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { openMigratedDatabase } from './cli-database';

const USAGE = `用法：npm run user:create -- --phone 13800000003 --name 孙调解 --role mediator --org 合川区合阳城街道人民调解委员会 --password Secret2026
  --role   party | mediator | court_staff | admin
  --org    机构名称或编号（调解员、法院工作人员必填）`;

async function main() {
  const { values } = parseArgs({
    options: { phone: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' }, password: { type: 'string' } },
  });
  const database = await openMigratedDatabase();
  const dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: ENTITIES }).initialize();
  try {
    const org = values.org
      ? await dataSource.getRepository(Organization).createQueryBuilder('o').where('o.name = :v OR o.id::text = :v', { v: values.org }).getOne()
      : null;
    if (values.org && !org) throw new Error(`找不到机构：${values.org}`);
    const input = plainToInstance(CreateUserDto, { ...values, org: undefined, organizationId: org?.id });
    const errors = flattenValidationErrors(await validate(input, { whitelist: true }));
    if (errors.length) throw new Error(errors.map((e) => e.message).join('；') + '\n' + USAGE);
    if (await dataSource.getRepository(User).exist({ where: { phone: input.phone } })) throw new Error('该手机号已注册');
    const passwordHash = await hashPassword(input.password);
    await dataSource.getRepository(User).insert({ phone: input.phone, name: input.name, role: input.role, organizationId: org?.id ?? null, passwordHash });
    console.log(`已创建账号：${input.name}（${input.role}）${input.phone}`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
