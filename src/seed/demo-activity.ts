import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';

/** The demo partner bodies (转办 / 分流 in) and the account of the grid one, for trying the partner's screens. */
export const DEMO_PARTNERS = [
  { name: '合川区合阳城街道网格管理中心', type: 'grid' },
  { name: '重庆市公安局合川区分局合阳派出所', type: 'police' },
  { name: '合川区信访办公室', type: 'petition' },
  { name: '重庆市合川区人民法院立案庭', type: 'court_filing' },
] as const;
export const DEMO_PARTNER_ACCOUNT = { phone: '13800000021', name: '孙网格', partner: DEMO_PARTNERS[0].name };

// A demo case meets in person exactly when the statistics trigger counts it so (migrations/1765033000000-statistics.ts:
// `r.demo AND abs(hashtext(r.id::text)) % 5 <> 0`), so the dashboard's online share and the sessions agree.
const IN_PERSON = `abs(hashtext(c.id::text)) % 5 <> 0`;

/**
 * Sessions for the demo cases that were mediated (one held meeting, a second for one in five; online or in person in
 * the reference platform's 1 : 4), by a mediator of the case's committee, before the case closed. Only cases without
 * any session: running it again adds nothing.
 */
const SESSIONS_SQL = `
  WITH ins AS (
    INSERT INTO mediation_sessions (case_id, status, mode, created_by, mediator_id, created_at, started_at, ended_at, ended_by, location)
    SELECT c.id, 'ended', CASE WHEN ${IN_PERSON} THEN 'in_person' ELSE 'online' END, m.id, m.id, t.at - interval '2 days', t.at,
           t.at + (45 + abs(hashtext(c.id::text || n)) % 90) * interval '1 minute', m.id,
           CASE WHEN ${IN_PERSON} THEN '调委会调解室' END
      FROM cases c
      CROSS JOIN LATERAL (SELECT u.id FROM users u WHERE u.role = 'mediator' AND u.organization_id = c.committee_id
                           ORDER BY md5(u.id::text || c.id::text) LIMIT 1) m
      CROSS JOIN LATERAL generate_series(1, CASE WHEN abs(hashtext(c.id::text || 'x')) % 5 = 0 THEN 2 ELSE 1 END) AS n
      -- the day before closing (a second meeting three days earlier), or the day after filing for one still in mediation,
      -- 08:00–14:00 Beijing time; never before the filing
      CROSS JOIN LATERAL (SELECT greatest(c.filed_at + interval '1 hour',
                                 date_trunc('day', CASE WHEN c.closed_at IS NULL THEN c.filed_at + interval '1 day'
                                   ELSE c.closed_at - (n - 1) * interval '3 days' - interval '1 day' END)
                                 + interval '1 hour' * (1 + abs(hashtext(c.id::text)) % 6)) AS at) t
     WHERE c.demo AND c.status IN ('in_mediation', 'settled', 'failed', 'confirmation_requested', 'confirmed', 'confirmation_rejected')
       AND t.at + interval '3 hours' < now()
       AND NOT EXISTS (SELECT 1 FROM mediation_sessions s WHERE s.case_id = c.id)
    RETURNING 1
  ) SELECT count(*)::int AS n FROM ins`;

/**
 * Referrals in: about a third of the demo cases came from a partner body (accepted into that case), and partners sent
 * some that were forwarded (to labour arbitration) or declined, and a few still waiting. Keyed by a `DEMO-` reference
 * per partner, so running it again adds nothing (UNIQUE (partner_id, reference_id)).
 */
const REFERRALS_SQL = `
  WITH p AS (SELECT array_agg(id ORDER BY name) AS ids FROM organizations WHERE kind = 'partner' AND name = ANY($1)),
  accepted AS (
    SELECT c.id AS case_id, c.committee_id, c.category, c.claim_amount_fen, c.dispute_date, c.filed_at - interval '3 hours' AS created_at,
           c.filed_at AS decided_at, p.ids[1 + abs(hashtext(c.id::text || 'p')) % cardinality(p.ids)] AS partner_id,
           'DEMO-' || c.id AS reference_id, 'accepted' AS status, NULL AS forwarded_to, NULL AS decline_reason
      FROM cases c, p WHERE c.demo AND abs(hashtext(c.id::text || 'r')) % 3 = 0
  ), other AS (
    SELECT NULL::uuid AS case_id, (array_agg(c.id ORDER BY c.id))[1 + i % count(*)::int] AS committee_id, '劳动争议' AS category, 500000::bigint AS claim_amount_fen,
           ($2::timestamptz - i * interval '2 days')::date AS dispute_date, $2::timestamptz - i * interval '2 days' AS created_at,
           CASE WHEN i > 6 THEN $2::timestamptz - i * interval '2 days' + interval '1 day' END AS decided_at,
           p.ids[1 + i % cardinality(p.ids)] AS partner_id, 'DEMO-R-' || i AS reference_id,
           CASE WHEN i <= 6 THEN 'submitted' WHEN (i / 4) % 2 = 0 THEN 'forwarded' ELSE 'declined' END AS status,
           CASE WHEN i > 6 AND (i / 4) % 2 = 0 THEN '合川区劳动人事争议仲裁委员会' END AS forwarded_to,
           CASE WHEN i > 6 AND (i / 4) % 2 = 1 THEN '双方均不在本调委会辖区，已告知向所在地调委会申请' END AS decline_reason
      FROM generate_series(1, 60) AS i, p,
           (SELECT id FROM organizations WHERE kind = 'committee' ORDER BY created_at LIMIT 3) c
     GROUP BY i, p.ids
  )
  , ins AS (
  INSERT INTO partner_referrals (partner_id, reference_id, committee_id, category, facts, claims, claim_amount_fen, dispute_date,
                                 applicant, respondents, status, case_id, forwarded_to, decline_reason, created_at, decided_at)
  SELECT partner_id, reference_id, committee_id, category, '（演示数据）转办的纠纷', '（演示数据）', claim_amount_fen, dispute_date,
         '{"name": "（演示）申请人", "phone": "13900000001"}', '[{"name": "（演示）被申请人", "phone": "13900000002"}]',
         status, case_id, forwarded_to, decline_reason, created_at, decided_at
    FROM (SELECT * FROM accepted UNION ALL SELECT * FROM other) r
   WHERE partner_id IS NOT NULL AND committee_id IS NOT NULL
  ON CONFLICT (partner_id, reference_id) DO NOTHING
  RETURNING 1
  ) SELECT count(*)::int AS n FROM ins`;

/** The demo partners, the grid's account (password as the other demo accounts), the sessions and the referrals. */
export async function seedDemoActivity(dataSource: DataSource, password: string, now = new Date()): Promise<{ sessions: number; referrals: number }> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(20261202)');
    for (const p of DEMO_PARTNERS) {
      await manager.query(
        `INSERT INTO organizations (kind, name, series_code, region, partner_type) VALUES ('partner', $1, '', '重庆市合川区', $2) ON CONFLICT (name) DO NOTHING`,
        [p.name, p.type]);
    }
    const account = DEMO_PARTNER_ACCOUNT;
    if (!(await manager.query(`SELECT 1 FROM users WHERE phone = $1`, [account.phone])).length) {
      await manager.query(
        `INSERT INTO users (phone, name, role, organization_id, password_hash)
         SELECT $1, $2, 'partner', id, $4 FROM organizations WHERE kind = 'partner' AND name = $3 ON CONFLICT (phone) DO NOTHING`,
        [account.phone, account.name, account.partner, await hashPassword(password)]);
    }
    const [sessions] = await manager.query(SESSIONS_SQL);
    const [referrals] = await manager.query(REFERRALS_SQL, [DEMO_PARTNERS.map((p) => p.name), now]);
    return { sessions: sessions.n, referrals: referrals.n };
  });
}
