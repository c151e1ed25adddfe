/**
 * The accounts of a case's approved agents (代理人 are matched to accounts by phone), as SQL over the case id in $1:
 * whoever tells the parties something tells these too.
 */
export const APPROVED_AGENT_ACCOUNTS_SQL =
  `SELECT u.id FROM case_agents a JOIN users u ON u.phone = a.phone WHERE a.case_id = $1 AND a.status = 'approved'`;
