import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { navigate } from '../router';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { saveBlob } from '../ui/save-blob';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { REFUSAL_OPTIONS, REJECTION_OPTIONS, courtApi, type ConfirmationResponse } from './court-api';
import { QuestionThread } from './QuestionThread';

type DialogKind = 'accept' | 'refuse' | 'extend' | 'decide' | 'return' | null;

/** One item of the court's queue with the acts the viewer may take (each a dialog, each one transaction). */
export function CourtItemPage({ id }: { id: string }) {
  const item = useAsync(() => courtApi.get(id), [id]);
  const queue = useAsync(() => courtApi.queue(), []);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const act = useAction();
  const a = item.data;
  usePageTitle(a?.courtCaseNumber ?? t('申请详情'));
  if (item.error && !a) return <LoadError message={item.error.message} />;
  if (!a) return <Loading />;
  const done = (next: ConfirmationResponse | undefined) => {
    if (next) item.setData(next);
    setDialog(null);
  };
  return (
    <div class="court-item">
      <a class="back" href="/court">← {t('返回法院工作台')}</a>
      <header class="card case-head">
        <h1>{a.courtCaseNumber ?? a.caseNumber}</h1>
        <p>
          <span data-testid="item-status">{a.statusLabel}</span> · {a.court.name}
          {a.overdue && <strong class="tag tag-danger"> {t('已逾期')}</strong>}
        </p>
        <p class="small muted">
          {a.acceptBy && t('受理期限 {d}', { d: a.acceptBy })}
          {a.decideBy && ` · ${t('审查期限 {d}', { d: a.extendedTo ?? a.decideBy })}`}
        </p>
        <div class="row wrap">
          {a.actions.includes('accept') && <button class="btn btn-primary" data-testid="accept" onClick={() => setDialog('accept')}>{t('受理')}</button>}
          {a.actions.includes('refuse') && <button class="btn btn-danger" onClick={() => setDialog('refuse')}>{t('不予受理')}</button>}
          {a.actions.includes('decide') && <button class="btn btn-primary" data-testid="decide" onClick={() => setDialog('decide')}>{t('作出裁定')}</button>}
          {a.actions.includes('extend') && <button class="btn" onClick={() => setDialog('extend')}>{t('延长审查期限')}</button>}
          {a.actions.includes('hearing') && (
            <button class="btn" onClick={async () => {
              const opened = await act.run(() => courtApi.hearing(a.id));
              if (opened) navigate(`/sessions/${opened.sessionId}`);
            }}>{t('开启视频听证')}</button>
          )}
          {a.hearingSessionId && <a class="btn" href={`/sessions/${a.hearingSessionId}`}>{t('进入视频听证')}</a>}
          {a.actions.includes('register') && <button class="btn btn-primary" onClick={() => void act.run(() => courtApi.register(a.id)).then(done)}>{t('立案')}</button>}
          {a.actions.includes('return') && <button class="btn" onClick={() => setDialog('return')}>{t('退回')}</button>}
          <button class="btn" onClick={async () => saveBlob(await courtApi.file(a.applicationUrl!), '申请书.pdf')}>{t('下载申请书')}</button>
          {a.rulingUrl && <button class="btn" data-testid="court-download-ruling" onClick={async () => saveBlob(await courtApi.file(a.rulingUrl!), '民事裁定书.pdf')}>{t('下载民事裁定书')}</button>}
        </div>
        {act.error && <Notice kind="error">{act.error}</Notice>}
      </header>
      <section class="card section">
        <h2>{t('申请人')}</h2>
        <ul>{a.cosigners.map((c) => <li key={c.partyId}>{c.sideLabel} {c.name}{c.agentName ? `（代理人 ${c.agentName}）` : ''}</li>)}</ul>
        {a.details.obligations && <><h3>{t('未履行的义务')}</h3><ul>{a.details.obligations.map((o) => <li key={o.index}>{o.text}</li>)}</ul></>}
        {a.details.summary && <p>{a.details.summary}</p>}
      </section>
      {a.kind === 'confirmation' && (
        <section class="card section">
          <QuestionThread app={a} mode={a.actions.includes('ask') ? 'ask' : null} onChanged={item.reload} />
        </section>
      )}
      {dialog === 'accept' && <AcceptDialog a={a} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'refuse' && <ReasonDialog title={t('不予受理')} options={REFUSAL_OPTIONS} multiple={false}
        onClose={() => setDialog(null)} submit={(r, text) => courtApi.refuse(a.id, r[0], text).then(done)} />}
      {dialog === 'decide' && <DecideDialog a={a} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'return' && <ReasonDialog title={t('退回材料')} options={[]} multiple={false}
        onClose={() => setDialog(null)} submit={(_r, text) => courtApi.returnItem(a.id, text).then(done)} />}
      {dialog === 'extend' && <ExtendDialog a={a} presidents={queue.data?.presidents ?? []} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}

function AcceptDialog({ a, onClose, onDone }: { a: ConfirmationResponse; onClose: () => void; onDone: (r?: ConfirmationResponse) => void }) {
  const [number, setNumber] = useState('');
  const act = useAction();
  return (
    <Dialog title={t('受理司法确认申请')} onClose={onClose}>
      <form onSubmit={async (e) => { e.preventDefault(); onDone(await act.run(() => courtApi.accept(a.id, number.trim() || undefined))); }}>
        <p class="small">{t('受理后自动编定案号（本院使用自己的案件系统的，请填写案号）；审查期限为受理之日起十五日。')}</p>
        <TextField label={t('案号（可选）')} value={number} onValue={setNumber} />
        {act.error && <Notice kind="error">{act.error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose}>{t('取消')}</button>
          <button type="submit" class="btn btn-primary" data-testid="confirm-accept" disabled={act.busy}>{t('受理')}</button>
        </div>
      </form>
    </Dialog>
  );
}

function ReasonDialog({ title, options, multiple, onClose, submit }: {
  title: string; options: { value: string; label: string }[]; multiple: boolean; onClose: () => void; submit: (reasons: string[], text: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState(options[0]?.value ?? '');
  const [text, setText] = useState('');
  const act = useAction();
  void multiple;
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={async (e) => { e.preventDefault(); await act.run(() => submit([reason], text.trim())); }}>
        {options.length > 0 && <SelectField label={t('法定事由')} value={reason} onValue={setReason} options={options} />}
        <TextArea label={t('说明')} value={text} onValue={setText} rows={3} />
        {act.error && <Notice kind="error">{act.error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose}>{t('取消')}</button>
          <button type="submit" class="btn btn-danger" disabled={act.busy || !text.trim()}>{t('确定')}</button>
        </div>
      </form>
    </Dialog>
  );
}

function DecideDialog({ a, onClose, onDone }: { a: ConfirmationResponse; onClose: () => void; onDone: (r?: ConfirmationResponse) => void }) {
  const [decision, setDecision] = useState<'confirm' | 'reject'>('confirm');
  const [reasons, setReasons] = useState<string[]>([]);
  const [text, setText] = useState('');
  const act = useAction();
  return (
    <Dialog title={t('作出裁定')} onClose={onClose}>
      <form onSubmit={async (e) => { e.preventDefault(); onDone(await act.run(() => courtApi.decide(a.id, decision, decision === 'reject' ? reasons : [], text.trim()))); }}>
        <fieldset>
          <legend>{t('裁定结果')}</legend>
          <label class="check"><input type="radio" name="decision" checked={decision === 'confirm'} onChange={() => setDecision('confirm')} /> {t('确认调解协议有效')}</label>
          <label class="check"><input type="radio" name="decision" checked={decision === 'reject'} onChange={() => setDecision('reject')} /> {t('驳回申请')}</label>
        </fieldset>
        {decision === 'reject' && (
          <fieldset>
            <legend>{t('驳回理由（法定事由）')}</legend>
            {REJECTION_OPTIONS.map((o) => (
              <label key={o.value} class="check">
                <input type="checkbox" checked={reasons.includes(o.value)} onChange={(e) =>
                  setReasons(e.currentTarget.checked ? [...reasons, o.value] : reasons.filter((r) => r !== o.value))} /> {o.label}
              </label>
            ))}
          </fieldset>
        )}
        <TextArea label={t('说明（写入裁定书）')} value={text} onValue={setText} rows={3} />
        {act.error && <Notice kind="error">{act.error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose}>{t('取消')}</button>
          <button type="submit" class="btn btn-primary" data-testid="confirm-decide" disabled={act.busy || (decision === 'reject' && !reasons.length)}>{t('签发裁定书')}</button>
        </div>
      </form>
    </Dialog>
  );
}

function ExtendDialog({ a, presidents, onClose, onDone }: { a: ConfirmationResponse; presidents: { id: string; name: string }[]; onClose: () => void; onDone: (r?: ConfirmationResponse) => void }) {
  const [approver, setApprover] = useState(presidents[0]?.id ?? '');
  const [text, setText] = useState('');
  const act = useAction();
  return (
    <Dialog title={t('延长审查期限（十日，仅一次）')} onClose={onClose}>
      <form onSubmit={async (e) => { e.preventDefault(); onDone(await act.run(() => courtApi.extend(a.id, approver, text.trim()))); }}>
        <SelectField label={t('批准的院长')} value={approver} onValue={setApprover} options={presidents.map((p) => ({ value: p.id, label: p.name }))} />
        <TextArea label={t('延长理由')} value={text} onValue={setText} rows={3} />
        {act.error && <Notice kind="error">{act.error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose}>{t('取消')}</button>
          <button type="submit" class="btn btn-primary" disabled={act.busy || !approver || !text.trim()}>{t('延长')}</button>
        </div>
      </form>
    </Dialog>
  );
}
