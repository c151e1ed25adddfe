import { useState } from 'preact/hooks';
import type { FollowUpTaskResponse } from '../../../src/api-contract';
import { t } from '../i18n';
import { TextArea, TextField } from '../ui/Field';
import { formatDateTime, formatFen, parseYuanToFen, todayInShanghai } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { followUpApi } from './loop-api';
import './loop.css';

type Outcome = 'on_time' | 'late' | 'partly' | 'unpaid';
const OUTCOMES: { value: Outcome; label: string }[] = [
  { value: 'on_time', label: '按期履行' },
  { value: 'late', label: '逾期履行' },
  { value: 'partly', label: '部分履行' },
  { value: 'unpaid', label: '未履行' },
];

const TONES: Record<FollowUpTaskResponse['status'], string> = { scheduled: 'muted', due: 'warn', on_time: 'success', late: 'info', partly: 'warn', unpaid: 'danger' };

/** Paid in full, in part, or nothing yet, from the parties' payment reports (履行情况). */
function paidLine(task: FollowUpTaskResponse): string | null {
  if (task.kind !== 'payment' || task.amountFen === null) return null;
  const paid = task.payments.reduce((sum, p) => sum + p.amountFen, 0);
  const state = paid === 0 ? t('尚未报告付款') : paid < task.amountFen ? t('部分付款') : t('已付清');
  return `${t('已报告付款 {paid} / 应付 {due}', { paid: formatFen(paid), due: formatFen(task.amountFen) })} · ${state}`;
}

/** The mediator (or the committee) records the follow-up visit: performed on time, late, or not. */
function RecordForm({ task, onSaved }: { task: FollowUpTaskResponse; onSaved: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(task.status === 'late' || task.status === 'partly' || task.status === 'unpaid' ? task.status : 'on_time');
  const [performedOn, setPerformedOn] = useState(task.performedOn ?? todayInShanghai());
  const [note, setNote] = useState(task.note ?? '');
  const { busy, error, run } = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { outcome, performedOn: outcome === 'unpaid' ? undefined : performedOn, note: note.trim() || undefined };
    if (await run(() => followUpApi.record(task.id, body))) onSaved();
  };
  return (
    <form class="card-inset follow-up-form" onSubmit={submit} noValidate aria-label={t('记录回访')}>
      <fieldset>
        <legend>{t('履行情况')}</legend>
        <div class="segmented">
          {OUTCOMES.map((o) => (
            <label key={o.value} class={outcome === o.value ? 'active' : ''}>
              <input type="radio" name={`outcome-${task.id}`} value={o.value} checked={outcome === o.value} onChange={() => setOutcome(o.value)} />
              {t(o.label)}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="form-pair">
        {outcome !== 'unpaid' && <TextField label={t('履行日期')} type="date" max={todayInShanghai()} value={performedOn} onValue={setPerformedOn} />}
        <TextArea label={t('回访记录')} rows={2} maxLength={1000} value={note} onValue={setNote} placeholder={t('如 电话回访，申请人确认已收到第一期款项')} />
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="submit" class="btn btn-primary btn-small" disabled={busy}>{busy ? t('处理中…') : t('保存回访记录')}</button>
    </form>
  );
}

/** A party reports a payment, with the bank's receipt when he has one. */
function PaymentForm({ task, onSaved }: { task: FollowUpTaskResponse; onSaved: () => void }) {
  const [paidOn, setPaidOn] = useState(todayInShanghai());
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [receipt, setReceipt] = useState<File>();
  const [amountError, setAmountError] = useState<string>();
  const { busy, error, run } = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const amountFen = parseYuanToFen(amount);
    if (!amountFen) return setAmountError(t('请输入有效金额，如 300000、30万 或 1234.56'));
    if (await run(() => followUpApi.reportPayment(task.id, { paidOn, amountFen, note: note.trim() || undefined, receipt }))) onSaved();
  };
  return (
    <form class="card-inset follow-up-form" onSubmit={submit} noValidate aria-label={t('报告付款')}>
      <div class="form-pair">
        <TextField label={t('付款日期')} type="date" max={todayInShanghai()} value={paidOn} onValue={setPaidOn} />
        <TextField label={t('付款金额（元）')} inputMode="decimal" value={amount} error={amountError} onValue={(v) => { setAmount(v); setAmountError(undefined); }} />
      </div>
      <TextField label={t('说明（选填）')} value={note} onValue={setNote} placeholder={t('如 银行转账、微信转账')} />
      <div class="field">
        <label for={`receipt-${task.id}`}>{t('付款凭证（选填）')}</label>
        <input id={`receipt-${task.id}`} type="file" accept=".png,.jpg,.jpeg,.pdf" onChange={(e) => setReceipt(e.currentTarget.files?.[0])} />
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="submit" class="btn btn-small" disabled={busy}>{busy ? t('处理中…') : t('报告付款')}</button>
    </form>
  );
}

function TaskItem({ task, onChanged }: { task: FollowUpTaskResponse; onChanged: () => void }) {
  const [open, setOpen] = useState<'record' | 'pay' | null>(null);
  const saved = () => {
    setOpen(null);
    onChanged();
  };
  const paid = paidLine(task);
  return (
    <li class="queue-item follow-up" data-testid="follow-up">
      <div class="referral-head">
        <strong>{task.kind === 'payment' ? t('付款') : task.description}</strong>
        {task.amountFen !== null && <span>{formatFen(task.amountFen)}</span>}
        <span class={`badge badge-${TONES[task.status]}`} data-testid="follow-up-status">{t(task.statusLabel)}</span>
      </div>
      <p class="muted small">
        {task.debtorName}{task.creditorName && <> → {task.creditorName}</>} · {t('履行期限')} {task.dueDate}
        {task.performedOn && <> · {t('履行日期')} {task.performedOn}</>}
      </p>
      {paid && <p data-testid="paid-line">{paid}</p>}
      {task.note && <p class="prewrap">{t('回访记录')}：{task.note}</p>}
      {task.payments.length > 0 && (
        <ul class="plain-list compact">
          {task.payments.map((p) => (
            <li key={p.id}>
              {p.reportedByName} {t('报告')} {p.paidOn} {t('付款')} {formatFen(p.amountFen)}
              {p.note && <>（{p.note}）</>}{p.hasReceipt && (
                <button type="button" class="btn-link" data-testid="receipt-download" onClick={() => void followUpApi.saveReceipt(p.id, `付款凭证-${p.paidOn}`)}>
                  {t('查看凭证')}
                </button>
              )}
              <span class="muted small"> {formatDateTime(p.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {task.enforcement && <Notice kind="warn">{t('该项未履行完毕且协议已经司法确认，您可以在下方“司法确认”部分申请强制执行。')}</Notice>}
      <div class="row wrap">
        {task.canRecord && <button type="button" class="btn btn-small btn-primary" aria-expanded={open === 'record'} onClick={() => setOpen(open === 'record' ? null : 'record')}>{t('记录回访')}</button>}
        {task.canReport && <button type="button" class="btn btn-small" aria-expanded={open === 'pay'} onClick={() => setOpen(open === 'pay' ? null : 'pay')}>{t('报告付款')}</button>}
      </div>
      {open === 'record' && <RecordForm task={task} onSaved={saved} />}
      {open === 'pay' && <PaymentForm task={task} onSaved={saved} />}
    </li>
  );
}

/** 回访与履行: each obligation (or instalment) of the agreement in effect, its due date and whether it was performed. */
export function FollowUpSection({ caseId, reloadKey, onChanged }: { caseId: string; reloadKey: unknown; onChanged: () => void }) {
  const tasks = useAsync(() => followUpApi.ofCase(caseId), [caseId, reloadKey]);
  if (tasks.error && !tasks.data) return <LoadError message={tasks.error.message} onRetry={tasks.reload} />;
  if (!tasks.data) return <Loading />;
  if (!tasks.data.length) return <p class="muted">{t('协议生效后，按各项义务的履行期限安排回访。')}</p>;
  return (
    <ul class="queue-list">
      {tasks.data.map((task) => <TaskItem key={task.id} task={task} onChanged={() => { tasks.reload(); onChanged(); }} />)}
    </ul>
  );
}
