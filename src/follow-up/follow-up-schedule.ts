import type { NewTask } from './follow-up.repository';

interface StoredObligation {
  kind?: string;
  debtorPartyId?: string;
  creditorPartyId?: string;
  amountFen?: number;
  dueDate?: string;
  description?: string;
  instalments?: { amountFen: number; dueDate: string }[];
}

/** The follow-up tasks of an agreement's obligations: one per instalment when paid in instalments, else one each. */
export function tasksOf(obligations: StoredObligation[]): NewTask[] {
  return obligations.flatMap((o, obligationIndex): NewTask[] => {
    if (!o.debtorPartyId || !o.dueDate) return [];
    const kind = o.kind === 'payment' ? 'payment' : 'act';
    const base = { obligationIndex, kind, debtorPartyId: o.debtorPartyId, creditorPartyId: kind === 'payment' ? o.creditorPartyId ?? null : null } as const;
    if (kind === 'payment' && o.instalments?.length) {
      return o.instalments.map((inst, i) => ({
        ...base, instalmentIndex: i, description: `第${i + 1}期付款（共${o.instalments!.length}期）`, amountFen: inst.amountFen, dueDate: inst.dueDate,
      }));
    }
    const description = kind === 'payment' ? '付款' : o.description?.trim() || '履行义务';
    return [{ ...base, instalmentIndex: -1, description, amountFen: kind === 'payment' ? o.amountFen ?? null : null, dueDate: o.dueDate }];
  });
}

/** A task falls due for follow-up when its due date has passed in Shanghai: at 00:00 +08:00 the day after. */
export function followUpAt(dueDate: string): Date {
  return new Date(new Date(`${dueDate}T00:00:00+08:00`).getTime() + 86_400_000);
}
