import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { syntheticHistorySql } from './synthetic-history';

/**
 * The demo seed's history (SEED_DEMO=true only): 3,000 cases over 18 months for the demo committees, filed by the demo
 * applicant, marked `demo` — so the dashboard means something on first start. One statement; the triggers fill the
 * aggregates as they would for real cases. Done once (skipped when demo cases exist).
 */
export async function seedDemoHistory(dataSource: DataSource, applicantPhone: string, now = new Date()): Promise<number> {
  const [{ exists }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM cases WHERE demo) AS exists`);
  if (exists) return 0;
  const committees: string[] = (await dataSource.query(`SELECT id FROM organizations WHERE kind = 'committee' ORDER BY created_at LIMIT 3`)).map((r: { id: string }) => r.id);
  const [applicant] = await dataSource.query(`SELECT id FROM users WHERE phone = $1`, [applicantPhone]);
  if (!committees.length || !applicant) return 0;
  // A few seconds with the triggers, longer than the API connections' timeouts allow: a connection of its own.
  const client = new Client({ connectionString: (dataSource.options as { url: string }).url });
  await client.connect();
  try {
    await client.query(syntheticHistorySql(), [3000, committees, applicant.id, now, 548]);
  } finally {
    await client.end();
  }
  return 3000;
}
