import { MigrationInterface, QueryRunner } from 'typeorm';

// Similar-case search: each summary's tsvector also carries its category as the lexeme `category:<案由>`, so that the
// category filter is part of the GIN index scan (src/guidance/search/case-summaries.repository.ts).
export class SummaryCategoryLexeme1765040001000 implements MigrationInterface {
  name = 'SummaryCategoryLexeme1765040001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE case_summaries SET terms = terms || array_to_tsvector(ARRAY['category:' || category])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE case_summaries SET terms = ts_delete(terms, 'category:' || category)`);
  }
}
