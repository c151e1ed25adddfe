import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { ensureDatabase, runMigrations, withDatabase } from '../../src/database/database';
import { ENTITIES } from '../../src/database/entities';
import { DEMO_ACCOUNTS, seedIfAsked } from '../../src/seed/demo-seed';
import { DEMO_MEDIATORS } from '../../src/seed/demo-mediators';
import { DEMO_PARTNER_ACCOUNT } from '../../src/seed/demo-activity';

// Each test gets a database of its own: what a fresh machine and an existing data/ look like at boot.
async function freshDatabase(suffix: string): Promise<string> {
  const url = withDatabase(process.env.TEST_DATABASE_URL_RUN!, `${new URL(process.env.TEST_DATABASE_URL_RUN!).pathname.slice(1)}_${suffix}`);
  await ensureDatabase(url);
  return url;
}

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function dropDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  await query(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

describe('reference data and the demo seed (e2e)', () => {
  const urls: string[] = [];
  afterAll(async () => {
    for (const url of urls) await dropDatabase(url);
  });

  it('gives every installation the Chongqing courts, the areas they serve and the court above, without demo accounts', async () => {
    const url = await freshDatabase('ref');
    urls.push(url);
    await runMigrations(url);
    const [hechuan] = await query(url, `
      SELECT c.series_code, c.court_level, s.name AS superior, array_agg(a.area_code || ' ' || a.area_name) AS areas
        FROM organizations c JOIN organizations s ON s.id = c.superior_court_id JOIN court_areas a ON a.court_id = c.id
       WHERE c.name = '重庆市合川区人民法院' GROUP BY c.series_code, c.court_level, s.name`);
    expect(hechuan).toEqual({ series_code: '渝0117', court_level: 'basic', superior: '重庆市第一中级人民法院', areas: ['500117 重庆市合川区'] });
    const [first] = await query(url, `SELECT series_code, court_level FROM organizations WHERE name = '重庆市第一中级人民法院'`);
    expect(first).toEqual({ series_code: '渝01', court_level: 'intermediate' });
    expect(await query(url, 'SELECT id FROM users')).toEqual([]);
  });

  it('seeds the demo accounts only when SEED_DEMO=true, once, with the committee linked to its own court', async () => {
    const url = await freshDatabase('seed');
    urls.push(url);
    await runMigrations(url);
    const dataSource = await new DataSource({ type: 'postgres', url, entities: ENTITIES }).initialize();
    const said: string[] = [];
    try {
      expect(await seedIfAsked({ seedDemo: false }, dataSource, (l) => said.push(l))).toBe(false);
      expect(await query(url, 'SELECT id FROM users')).toEqual([]);
      expect(said).toEqual([]);
      expect(await seedIfAsked({ seedDemo: true }, dataSource, (l) => said.push(l))).toBe(true);
      expect(said[0]).toContain('SEED_DEMO=true');
      expect(await seedIfAsked({ seedDemo: true }, dataSource, () => undefined)).toBe(false); // a restart seeds nothing twice
    } finally {
      await dataSource.destroy();
    }
    const users = await query<{ phone: string }>(url, 'SELECT phone FROM users ORDER BY phone');
    expect(users.map((u) => u.phone)).toEqual([...DEMO_ACCOUNTS, ...DEMO_MEDIATORS, DEMO_PARTNER_ACCOUNT].map((a) => a.phone).sort());
    const [{ n }] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM mediator_profiles`);
    expect(Number(n)).toBe(DEMO_MEDIATORS.length + 2);
    const [link] = await query(url, `
      SELECT k.name AS court FROM organizations c JOIN organizations k ON k.id = c.court_id WHERE c.name = '合川区合阳城街道人民调解委员会'`);
    expect(link).toEqual({ court: '重庆市合川区人民法院' });
    const [judge] = await query(url, `SELECT o.name FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.phone = '13800000011'`);
    expect(judge).toEqual({ name: '重庆市合川区人民法院' }); // the reference court, not a second copy
  });

  it('adds the reference data to an existing data/ and links its committees to the court serving their region', async () => {
    const url = await freshDatabase('old');
    urls.push(url);
    const before = migrations.findIndex((m) => m.name === 'CourtsAndAreas1764900002000');
    const old = await new DataSource({ type: 'postgres', url, migrations: migrations.slice(0, before), migrationsTableName: 'migrations' }).initialize();
    await old.runMigrations({ transaction: 'each' });
    await old.query(`INSERT INTO organizations (kind, name, series_code, region) VALUES
      ('committee', '合川区钱塘镇人民调解委员会', '钱塘调字', '重庆市合川区'),
      ('court', '重庆市合川区人民法院', '渝0117', '重庆市合川区')`);
    await old.destroy();
    await runMigrations(url);
    const [committee] = await query(url, `
      SELECT k.name AS court, k.court_level FROM organizations c JOIN organizations k ON k.id = c.court_id WHERE c.name = '合川区钱塘镇人民调解委员会'`);
    expect(committee).toEqual({ court: '重庆市合川区人民法院', court_level: 'basic' });
    const courts = await query(url, `SELECT count(*)::int AS n FROM organizations WHERE name = '重庆市合川区人民法院'`);
    expect(courts).toEqual([{ n: 1 }]);
  });
});
