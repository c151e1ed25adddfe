export type SummaryOrigin = 'portal' | 'public' | 'synthetic';
export type SummaryOutcome = 'settled' | 'failed' | 'withdrawn' | 'judgment';

export const OUTCOME_LABELS: Record<SummaryOutcome, string> = {
  settled: '调解成功', failed: '调解不成', withdrawn: '撤回', judgment: '判决',
};
export const ORIGIN_LABELS: Record<SummaryOrigin, string> = {
  portal: '本平台案例（经当事人同意，已脱敏）', public: '公开案例摘要', synthetic: '合成数据（仅用于性能测试）',
};

export interface CaseSummaryRow {
  id: string;
  origin: SummaryOrigin;
  reference: string;
  category: string;
  claimAmountFen: number;
  outcome: SummaryOutcome;
  settledAmountFen: number | null;
  daysToClose: number | null;
  confirmed: boolean | null;
  closedOn: string;
  summary: string;
  source: string;
  rank?: number;
  tier?: number;
}

export interface NewCaseSummary {
  origin: SummaryOrigin;
  caseId: string | null;
  reference: string;
  category: string;
  claimAmountFen: number;
  outcome: SummaryOutcome;
  settledAmountFen: number | null;
  daysToClose: number | null;
  confirmed: boolean | null;
  closedOn: string;
  summary: string;
  source: string;
}
