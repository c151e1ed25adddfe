import { MigrationInterface, QueryRunner } from 'typeorm';

// 履行情况 has three answers at a follow-up visit: performed (on time or late), partly performed, not performed.
// `partly` (部分履行) joins the task statuses.
export class FollowUpPartly1765061000000 implements MigrationInterface {
  name = 'FollowUpPartly1765061000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE follow_up_tasks DROP CONSTRAINT follow_up_tasks_status_check`);
    await db.query(`ALTER TABLE follow_up_tasks ADD CONSTRAINT follow_up_tasks_status_check
      CHECK (status IN ('scheduled', 'due', 'on_time', 'late', 'partly', 'unpaid'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Partly performed is, without the new status, not (fully) performed.
    await db.query(`UPDATE follow_up_tasks SET status = 'unpaid', performed_on = NULL WHERE status = 'partly'`);
    await db.query(`ALTER TABLE follow_up_tasks DROP CONSTRAINT follow_up_tasks_status_check`);
    await db.query(`ALTER TABLE follow_up_tasks ADD CONSTRAINT follow_up_tasks_status_check
      CHECK (status IN ('scheduled', 'due', 'on_time', 'late', 'unpaid'))`);
  }
}
