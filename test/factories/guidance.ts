import { randomInt } from 'node:crypto';
import type { NewCaseSummary } from '../../src/guidance/search/case-summary.types';

/**
 * Public-style lending summaries for tests (marked 测试数据): 300,000-yuan-band loans with IOUs, three in four settled
 * at 60–90 % of the claim, half of the settled ones judicially confirmed.
 */
export function lendingSummaries(n: number, tag = randomInt(1e9).toString(36)): NewCaseSummary[] {
  return Array.from({ length: n }, (_, i) => {
    const settled = i % 4 !== 3;
    const claim = 25_000_000 + i * 500_000;
    return {
      origin: 'public', caseId: null, reference: `测试案例-${tag}-${i + 1}`, category: '民间借贷', claimAmountFen: claim,
      outcome: settled ? 'settled' : 'failed', settledAmountFen: settled ? Math.round(claim * (0.6 + (i % 4) * 0.1)) : null,
      daysToClose: 5 + (i % 10), confirmed: settled ? i % 2 === 0 : null, closedOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
      summary: `借款人向出借人借款${claim / 1_000_000}万元，出具借条并经银行转账交付，约定年利率10%，到期后未归还，出借人多次微信催款。`,
      source: '测试数据',
    };
  });
}
