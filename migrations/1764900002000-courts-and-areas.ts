import { MigrationInterface, QueryRunner } from 'typeorm';

// Reference data every installation needs (not demo data): the courts of Chongqing the portal works with, the areas
// each serves, which court is above which, and each committee's own court (its guides and, later, its confirmations
// come from there). Runs on existing data/ too; inserts only what is missing, so an admin's edits are kept.

const COURTS: { name: string; code: string; level: 'high' | 'intermediate' | 'basic'; superior?: string; areas: [string, string][] }[] = [
  { name: '重庆市高级人民法院', code: '渝', level: 'high', areas: [['500000', '重庆市']] },
  {
    name: '重庆市第一中级人民法院', code: '渝01', level: 'intermediate', superior: '重庆市高级人民法院',
    areas: [['500106', '重庆市沙坪坝区'], ['500109', '重庆市北碚区'], ['500117', '重庆市合川区'], ['500151', '重庆市铜梁区'], ['500152', '重庆市潼南区']],
  },
  { name: '重庆市合川区人民法院', code: '渝0117', level: 'basic', superior: '重庆市第一中级人民法院', areas: [['500117', '重庆市合川区']] },
  { name: '重庆市沙坪坝区人民法院', code: '渝0106', level: 'basic', superior: '重庆市第一中级人民法院', areas: [['500106', '重庆市沙坪坝区']] },
  { name: '重庆市北碚区人民法院', code: '渝0109', level: 'basic', superior: '重庆市第一中级人民法院', areas: [['500109', '重庆市北碚区']] },
  { name: '重庆市铜梁区人民法院', code: '渝0151', level: 'basic', superior: '重庆市第一中级人民法院', areas: [['500151', '重庆市铜梁区']] },
  { name: '重庆市潼南区人民法院', code: '渝0152', level: 'basic', superior: '重庆市第一中级人民法院', areas: [['500152', '重庆市潼南区']] },
];

export class CourtsAndAreas1764900002000 implements MigrationInterface {
  name = 'CourtsAndAreas1764900002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN court_level text CHECK (court_level IN ('basic', 'intermediate', 'high')),
        ADD COLUMN superior_court_id uuid REFERENCES organizations(id),
        -- a committee's own court (人民调解委员会 → 基层人民法院): guides and confirmations come from there
        ADD COLUMN court_id uuid REFERENCES organizations(id),
        ADD CONSTRAINT organizations_court_fields CHECK (
          (kind = 'court' AND court_id IS NULL) OR (kind = 'committee' AND court_level IS NULL AND superior_court_id IS NULL))`);
    await db.query(`
      CREATE TABLE court_areas (
        court_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        -- 行政区划代码 of the district (or city) the court serves
        area_code char(6) NOT NULL CHECK (area_code ~ '^[0-9]{6}$'),
        area_name text NOT NULL,
        PRIMARY KEY (court_id, area_code)
      )`);
    await db.query(`CREATE INDEX court_areas_area ON court_areas (area_code)`);
    await db.query(`CREATE INDEX organizations_committee_court ON organizations (court_id) WHERE court_id IS NOT NULL`);

    for (const court of COURTS) {
      await db.query(
        `INSERT INTO organizations (kind, name, series_code, region, court_level) VALUES ('court', $1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET court_level = EXCLUDED.court_level WHERE organizations.kind = 'court'`,
        [court.name, court.code, court.areas[0][1], court.level],
      );
      if (court.superior) {
        await db.query(
          `UPDATE organizations SET superior_court_id = (SELECT id FROM organizations WHERE name = $2 AND kind = 'court')
           WHERE name = $1 AND kind = 'court' AND superior_court_id IS NULL`,
          [court.name, court.superior],
        );
      }
      for (const [code, areaName] of court.areas) {
        await db.query(
          `INSERT INTO court_areas (court_id, area_code, area_name) SELECT id, $2, $3 FROM organizations WHERE name = $1 AND kind = 'court'
           ON CONFLICT DO NOTHING`,
          [court.name, code, areaName],
        );
      }
    }
    // Committees that exist already get the basic court serving their region.
    await db.query(`
      UPDATE organizations c SET court_id = (
        SELECT a.court_id FROM court_areas a JOIN organizations k ON k.id = a.court_id
        WHERE a.area_name = c.region AND k.court_level = 'basic' ORDER BY k.name LIMIT 1)
      WHERE c.kind = 'committee' AND c.court_id IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The courts stay (cases and staff may point at them); their areas, levels and links go.
    await db.query(`DROP TABLE court_areas`);
    await db.query(`
      ALTER TABLE organizations DROP CONSTRAINT organizations_court_fields,
        DROP COLUMN court_id, DROP COLUMN superior_court_id, DROP COLUMN court_level`);
  }
}
