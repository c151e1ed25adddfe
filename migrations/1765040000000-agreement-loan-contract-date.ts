import { MigrationInterface, QueryRunner } from 'typeorm';

// The loan contract's date on an agreement draft: the interest lint compares an agreed rate with 4 × the one-year LPR
// in force when the loan was made (法释〔2020〕17号 art. 25), not when the dispute arose. Null: the case's filed loan date.
export class AgreementLoanContractDate1765040000000 implements MigrationInterface {
  name = 'AgreementLoanContractDate1765040000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement_versions ADD COLUMN loan_contract_date date`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement_versions DROP COLUMN loan_contract_date`);
  }
}
