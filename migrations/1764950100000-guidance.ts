import { MigrationInterface, QueryRunner } from 'typeorm';

// Guidance for the parties (issue 17): the lending details and the summary-reuse consent asked at filing, the settled
// amount recorded at closing, referrals to other bodies, legal provisions, and the searchable anonymised case summaries.
export class Guidance1764950100000 implements MigrationInterface {
  name = 'Guidance1764950100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE cases
        ADD COLUMN loan_contract_date date,
        ADD COLUMN loan_principal_fen bigint CHECK (loan_principal_fen >= 0),
        -- agreed yearly interest rate in basis points (12 % = 1200); null = no interest agreed
        ADD COLUMN loan_agreed_rate_bp int CHECK (loan_agreed_rate_bp >= 0),
        ADD COLUMN loan_due_date date,
        -- the parties agreed at filing that an anonymised summary may be reused for similar-case search
        ADD COLUMN summary_reuse_consent boolean NOT NULL DEFAULT false,
        ADD COLUMN settled_amount_fen bigint CHECK (settled_amount_fen >= 0)`);
    await db.query(`
      CREATE TABLE case_referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        body text NOT NULL,
        note text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX case_referrals_case ON case_referrals (case_id, created_at)`);
    await db.query(`
      CREATE TABLE legal_provisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        law text NOT NULL,
        article text NOT NULL,
        title text NOT NULL DEFAULT '',
        text text NOT NULL,
        -- 'official': the exact official text; 'summary': our own 摘要, never shown as the law itself
        text_kind text NOT NULL CHECK (text_kind IN ('official', 'summary')),
        effective_date date,
        categories text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        source text NOT NULL DEFAULT '',
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (law, article)
      )`);
    await db.query(`CREATE INDEX legal_provisions_categories ON legal_provisions USING gin (categories)`);
    await db.query(`CREATE INDEX legal_provisions_keywords ON legal_provisions USING gin (keywords)`);
    await db.query(`
      CREATE TABLE case_summaries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- portal: a closed case of ours (with consent); public: an imported public summary; synthetic: benchmark data
        origin text NOT NULL CHECK (origin IN ('portal', 'public', 'synthetic')),
        case_id uuid UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
        reference text NOT NULL DEFAULT '',
        category text NOT NULL,
        claim_amount_fen bigint NOT NULL CHECK (claim_amount_fen >= 0),
        outcome text NOT NULL CHECK (outcome IN ('settled', 'failed', 'withdrawn', 'judgment')),
        settled_amount_fen bigint CHECK (settled_amount_fen >= 0),
        days_to_close int CHECK (days_to_close >= 0),
        confirmed boolean,
        closed_on date NOT NULL,
        summary text NOT NULL,
        source text NOT NULL DEFAULT '',
        -- jieba segmentation of the summary, joined by spaces, fed to to_tsvector('simple', …)
        terms tsvector NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((origin = 'portal') = (case_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX case_summaries_terms ON case_summaries USING gin (terms)`);
    await db.query(`CREATE INDEX case_summaries_band ON case_summaries (category, claim_amount_fen)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE case_summaries`);
    await db.query(`DROP TABLE legal_provisions`);
    await db.query(`DROP TABLE case_referrals`);
    await db.query(`
      ALTER TABLE cases DROP COLUMN loan_contract_date, DROP COLUMN loan_principal_fen, DROP COLUMN loan_agreed_rate_bp,
        DROP COLUMN loan_due_date, DROP COLUMN summary_reuse_consent, DROP COLUMN settled_amount_fen`);
  }
}
