import type { Obligation } from '../api-contract';
import { amountInWords } from '../common/money/amount-in-words';
import { formatFen } from '../documents/format-fen';

export interface PartyName {
  id: string;
  name: string;
}

export interface Clause {
  text: string;
  items: string[];
}

/** A draft may be incomplete: everything of an obligation may be missing until the lint lets it be finalised. */
export type DraftObligation = Partial<Obligation> & { kind: Obligation['kind'] };

const MISSING = '（未填写）';

/** 2026-06-30 → 2026年6月30日 */
export function dateCn(date: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : MISSING;
}

/** 300000 fen → 人民币3,000.00元（大写：人民币叁仟元整）: figures and words together, always. */
export function money(fen: number | undefined): string {
  if (!Number.isSafeInteger(fen) || fen! <= 0) return `人民币${MISSING}元`;
  return `人民币${formatFen(fen!)}元（大写：${amountInWords(fen!)}）`;
}

/** 385 basis points → 3.85% */
export function percent(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** One obligation as the sentence of the agreement that binds the debtor. */
export function clauseOf(o: DraftObligation, parties: readonly PartyName[]): Clause {
  const name = (id: string | undefined) => parties.find((p) => p.id === id)?.name ?? MISSING;
  if (o.kind === 'act') {
    return { text: `${name(o.debtorPartyId)}于${dateCn(o.dueDate)}前${o.description?.trim() || MISSING}。`, items: [] };
  }
  const interest = o.annualInterestRateBp ? `，并按年利率${percent(o.annualInterestRateBp)}计付利息至实际付清之日` : '';
  const head = `${name(o.debtorPartyId)}向${name(o.creditorPartyId)}支付${money(o.amountFen)}`;
  const instalments = o.instalments ?? [];
  if (!instalments.length) return { text: `${head}，于${dateCn(o.dueDate)}前付清${interest}。`, items: [] };
  const items = instalments.map((inst, i) => {
    const end = i === instalments.length - 1 ? '。' : '；';
    return `（${i + 1}）${dateCn(inst.dueDate)}前支付${money(inst.amountFen)}${end}`;
  });
  return { text: `${head}，分${instalments.length}期支付，最迟于${dateCn(o.dueDate)}前付清${interest}：`, items };
}
