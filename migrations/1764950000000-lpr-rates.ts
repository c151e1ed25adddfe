import { MigrationInterface, QueryRunner } from 'typeorm';

// The one-year Loan Prime Rate (贷款市场报价利率, LPR) published by the National Interbank Funding Center on behalf of
// the PBoC since 2019-08-20, one row per change. Private-lending interest is capped at 4 × the rate in force when the
// loan contract was made (SPC private-lending provisions, 法释〔2020〕17号, art. 25). Admins add new figures.
const SEED: Array<[string, number]> = [
  ['2019-08-20', 425], ['2019-09-20', 420], ['2019-11-20', 415], ['2020-02-20', 405], ['2020-04-20', 385],
  ['2021-12-20', 380], ['2022-01-20', 370], ['2022-08-22', 365], ['2023-06-20', 355], ['2023-08-21', 345],
  ['2024-07-22', 335], ['2024-10-21', 310], ['2025-05-20', 300],
];

export class LprRates1764950000000 implements MigrationInterface {
  name = 'LprRates1764950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lpr_rates (
        effective_date date PRIMARY KEY CHECK (effective_date >= DATE '2019-08-20'),
        -- one-year LPR in basis points (3.45 % = 345)
        one_year_bp int NOT NULL CHECK (one_year_bp > 0 AND one_year_bp < 10000),
        source text NOT NULL DEFAULT '中国人民银行授权全国银行间同业拆借中心公布',
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    const values = SEED.map((_, i) => `($${i * 2 + 1}::date, $${i * 2 + 2}::int)`).join(', ');
    await db.query(`INSERT INTO lpr_rates (effective_date, one_year_bp) VALUES ${values}`, SEED.flat());
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE lpr_rates`);
  }
}
