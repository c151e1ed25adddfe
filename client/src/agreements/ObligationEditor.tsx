import type { Party } from '../api/types';
import { t } from '../i18n';
import { formatFen, parseYuanToFen } from '../ui/format';
import type { DraftObligation } from './agreements-api';

interface Props {
  index: number;
  o: DraftObligation;
  parties: Party[];
  onChange: (o: DraftObligation) => void;
  onRemove: () => void;
}

const yuan = (fen: unknown) => (typeof fen === 'number' && fen > 0 ? (fen / 100).toFixed(2) : '');
type Instalment = { amountFen?: number; dueDate?: string };

/** One obligation: pay (debtor → creditor, amount, due date, instalments, interest) or act (debtor, what, by when). */
export function ObligationEditor({ index, o, parties, onChange, onRemove }: Props) {
  const set = (patch: Partial<DraftObligation>) => onChange({ ...o, ...patch } as DraftObligation);
  const instalments = ((o as { instalments?: Instalment[] }).instalments ?? []) as Instalment[];
  const setInstalment = (i: number, patch: Instalment) => set({ instalments: instalments.map((x, j) => (j === i ? { ...x, ...patch } : x)) } as never);
  const partySelect = (label: string, value: unknown, key: 'debtorPartyId' | 'creditorPartyId') => (
    <label class="field">
      <span>{label}</span>
      <select aria-label={label} value={(value as string) ?? ''} onChange={(e) => set({ [key]: e.currentTarget.value || undefined } as never)}>
        <option value="">{t('请选择')}</option>
        {parties.map((p) => <option key={p.id} value={p.id}>{p.name}（{p.side === 'applicant' ? t('申请人') : t('被申请人')}）</option>)}
      </select>
    </label>
  );
  const money = (label: string, fen: unknown, onFen: (fen: number | undefined) => void) => (
    <label class="field">
      <span>{label}</span>
      <input aria-label={label} inputMode="decimal" defaultValue={yuan(fen)} onInput={(e) => onFen(parseYuanToFen(e.currentTarget.value) ?? undefined)} />
    </label>
  );
  const date = (label: string, value: unknown, onDate: (d: string | undefined) => void) => (
    <label class="field">
      <span>{label}</span>
      <input aria-label={label} type="date" value={(value as string) ?? ''} onChange={(e) => onDate(e.currentTarget.value || undefined)} />
    </label>
  );
  return (
    <fieldset class="obligation" role="group" aria-label={t('第{n}项义务', { n: String(index + 1) })}>
      <legend>
        {t('第{n}项义务', { n: String(index + 1) })}：{o.kind === 'payment' ? t('付款') : t('履行行为')}
        <button type="button" class="btn-link" onClick={onRemove}>{t('删除')}</button>
      </legend>
      <div class="grid2">
        {partySelect(t('履行方'), o.debtorPartyId, 'debtorPartyId')}
        {o.kind === 'payment' && partySelect(t('收款方'), o.creditorPartyId, 'creditorPartyId')}
        {o.kind === 'payment' && money(t('金额（元）'), o.amountFen, (amountFen) => set({ amountFen }))}
        {date(t('履行期限'), o.dueDate, (dueDate) => set({ dueDate }))}
        {o.kind === 'payment' && (
          <label class="field">
            <span>{t('年利率（%，选填）')}</span>
            <input
              aria-label={t('年利率（%，选填）')}
              inputMode="decimal"
              defaultValue={(o as { annualInterestRateBp?: number }).annualInterestRateBp ? String((o as { annualInterestRateBp: number }).annualInterestRateBp / 100) : ''}
              onInput={(e) => {
                const v = Number(e.currentTarget.value);
                set({ annualInterestRateBp: e.currentTarget.value.trim() && v > 0 ? Math.round(v * 100) : undefined } as never);
              }}
            />
          </label>
        )}
      </div>
      {o.kind === 'act' && (
        <label class="field">
          <span>{t('应履行的事项')}</span>
          <textarea aria-label={t('应履行的事项')} rows={2} value={(o as { description?: string }).description ?? ''}
            onInput={(e) => set({ description: e.currentTarget.value } as never)} placeholder={t('例如：返还申请人的电动车一辆；维修漏水的水管；当面赔礼道歉')} />
        </label>
      )}
      {o.kind === 'payment' && (
        <div class="instalments">
          {instalments.map((x, i) => (
            <div class="grid2 instalment" key={i} role="group" aria-label={t('第{n}期', { n: String(i + 1) })}>
              {money(t('第{n}期金额（元）', { n: String(i + 1) }), x.amountFen, (amountFen) => setInstalment(i, { amountFen }))}
              {date(t('第{n}期期限', { n: String(i + 1) }), x.dueDate, (dueDate) => setInstalment(i, { dueDate }))}
            </div>
          ))}
          <div class="row">
            <button type="button" class="btn btn-small" onClick={() => set({ instalments: [...instalments, {}] } as never)}>{t('添加一期')}</button>
            {instalments.length > 0 && (
              <button type="button" class="btn btn-small" onClick={() => set({ instalments: instalments.slice(0, -1) } as never)}>{t('删除最后一期')}</button>
            )}
            {instalments.length > 0 && typeof o.amountFen === 'number' && (
              <span class="muted small">{t('各期合计 {sum}', { sum: formatFen(instalments.reduce((s, x) => s + (x.amountFen ?? 0), 0)) })}</span>
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}
