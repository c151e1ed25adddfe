import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { formatDateTime } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { saveBlob } from '../ui/save-blob';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { courtApi, type ConfirmationResponse } from './court-api';
import { QuestionThread } from './QuestionThread';

/** The parties' 司法确认 on the case page: apply to an eligible court, co-sign with a code, follow the court's clock,
 * answer the judge, download the application and the ruling; then enforcement once confirmed. Phone-sized first. */
export function ConfirmationPanel({ agreementId, onChanged }: { agreementId: string; onChanged: () => void }) {
  const status = useAsync(() => courtApi.status(agreementId), [agreementId]);
  // 标的物所在地 adds that place's court; asked for when the field is left, not at every keystroke.
  const [location, setLocation] = useState('');
  const [askedLocation, setAskedLocation] = useState('');
  const courts = useAsync(() => courtApi.eligibleCourts(agreementId, askedLocation), [agreementId, askedLocation]);
  const [courtId, setCourtId] = useState('');
  const apply = useAction();
  const s = status.data;
  if (status.error && !s) return <LoadError message={status.error.message} onRetry={status.reload} />;
  if (!s) return <Loading />;
  const reload = () => {
    status.reload();
    onChanged();
  };
  const offered = courts.data ?? [];
  const chosen = offered.some((c) => c.id === courtId) ? courtId : offered[0]?.id ?? '';
  const bySubject = offered.find((c) => c.id === chosen)?.reason.startsWith('标的物所在地');

  return (
    <div class="confirmation" data-testid="confirmation-panel">
      {s.latest && <ApplicationCard app={s.latest} onChanged={reload} />}
      {s.mayApply && (
        <form
          class="card-inset"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await apply.run(() => courtApi.apply(agreementId, chosen, bySubject ? askedLocation : ''))) reload();
          }}
        >
          <h3>{t('一键申请司法确认（免费）')}</h3>
          <p class="muted small">{t('调解协议生效后三十日内，双方当事人可以共同申请人民法院确认协议效力；经确认的协议可以申请强制执行。申请期限至 {d}。', { d: s.applyBy ?? '' })}</p>
          <TextField
            label={t('标的物所在地（选填）')}
            hint={t('如纠纷涉及房屋等财产，可填写其所在地，该地基层人民法院也可受理')}
            value={location}
            onValue={setLocation}
            onBlur={() => setAskedLocation(location.trim())}
            data-testid="subject-location"
          />
          <SelectField
            label={t('受理法院')}
            value={chosen}
            onValue={setCourtId}
            options={(courts.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.reason}）` }))}
          />
          {apply.error && <Notice kind="error">{apply.error}</Notice>}
          <button type="submit" class="btn btn-primary" disabled={apply.busy || !chosen} data-testid="apply-confirmation">
            {apply.busy ? t('处理中…') : t('申请司法确认')}
          </button>
        </form>
      )}
      {!s.mayApply && !s.latest && s.refusal && <Notice kind="warn">{s.refusal}</Notice>}
      {s.latest?.status === 'refused' && s.refusal && <Notice kind="warn">{s.refusal}</Notice>}
      {s.enforcement && <EnforcementForm agreementId={agreementId} info={s.enforcement} onDone={reload} />}
    </div>
  );
}

export function ApplicationCard({ app, onChanged }: { app: ConfirmationResponse; onChanged: () => void }) {
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const send = useAction();
  const act = useAction();
  const download = async (url: string, name: string) => saveBlob(await courtApi.file(url), name);
  return (
    <div class="card-inset court-app" data-testid="confirmation-card">
      <h3>
        {t('司法确认申请')} · <span data-testid="confirmation-status">{app.statusLabel}</span>
      </h3>
      <dl class="kv">
        <dt>{t('法院')}</dt>
        <dd>{app.court.name}</dd>
        {app.courtCaseNumber && (
          <>
            <dt>{t('法院案号')}</dt>
            <dd data-testid="court-case-number">{app.courtCaseNumber}</dd>
          </>
        )}
        {app.acceptBy && (
          <>
            <dt>{t('受理期限')}</dt>
            <dd>{app.acceptBy}</dd>
          </>
        )}
        {app.decideBy && (
          <>
            <dt>{t('审查期限')}</dt>
            <dd>
              {app.decideBy}
              {app.extendedTo ? t('（经院长批准延长至 {d}）', { d: app.extendedTo }) : ''}
            </dd>
          </>
        )}
      </dl>
      <ul class="cosigners">
        {app.cosigners.map((c) => (
          <li key={c.partyId}>
            {c.sideLabel} {c.name}：{c.signed ? t('已签署 {at}', { at: formatDateTime(c.signedAt!) }) : t('待会签')}
            {c.agentName ? t('（代理人 {n}）', { n: c.agentName }) : ''}
          </li>
        ))}
      </ul>
      {app.actions.includes('cosign') && (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await act.run(() => courtApi.cosign(app.id, code.trim()))) onChanged();
          }}
        >
          <p class="small">{t('请阅读申请书后会签：申请书载明双方自愿达成协议，并确认送达地址。')}</p>
          <button type="button" class="btn" disabled={send.busy} onClick={async () => {
            const sent = await send.run(() => courtApi.cosignCode(app.id));
            if (sent) setSentTo(sent.phone);
          }}>
            {sentTo ? t('重新获取验证码') : t('获取短信验证码')}
          </button>
          {sentTo && <span class="muted small" data-testid="cosign-code-sent">{t('验证码已发送至 {phone}', { phone: sentTo })}</span>}
          {send.error && <Notice kind="error">{send.error}</Notice>}
          <TextField label={t('短信验证码')} value={code} onValue={setCode} inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
          <button type="submit" class="btn btn-primary" disabled={act.busy || code.trim().length !== 6} data-testid="cosign">
            {t('会签并提交法院')}
          </button>
        </form>
      )}
      {act.error && <Notice kind="error">{act.error}</Notice>}
      {app.waysForward && <Notice kind="warn">{app.reasonLabels.join('；')} {app.text ?? ''} {app.waysForward}</Notice>}
      <div class="row wrap">
        {app.applicationUrl && (
          <button type="button" class="btn" onClick={() => void download(app.applicationUrl!, '司法确认申请书.pdf')}>
            {t('下载申请书')}
          </button>
        )}
        {app.rulingUrl && (
          <button type="button" class="btn btn-primary" data-testid="download-ruling" onClick={() => void download(app.rulingUrl!, `民事裁定书（${app.courtCaseNumber ?? ''}）.pdf`)}>
            {t('下载民事裁定书')}
          </button>
        )}
        {app.actions.includes('withdraw') && (
          <button type="button" class="btn btn-danger" disabled={act.busy} onClick={async () => {
            if (window.confirm(t('确定撤回司法确认申请吗？'))) if (await act.run(() => courtApi.withdraw(app.id))) onChanged();
          }}>
            {t('撤回申请')}
          </button>
        )}
      </div>
      {app.hearingSessionId && (
        <a class="btn btn-primary" href={`/sessions/${app.hearingSessionId}`}>{t('法官已开启视频听证，进入')}</a>
      )}
      {app.rulingVerifyCode && <p class="muted small">{t('裁定书验证码：{c}', { c: app.rulingVerifyCode })}</p>}
      {(app.questions.length > 0 || app.actions.includes('answer')) && (
        <QuestionThread app={app} mode={app.actions.includes('answer') ? 'answer' : null} onChanged={onChanged} />
      )}
    </div>
  );
}

function EnforcementForm({ agreementId, info, onDone }: { agreementId: string; info: NonNullable<import('./court-api').ConfirmationStatusResponse['enforcement']>; onDone: () => void }) {
  const [picked, setPicked] = useState<number[]>([]);
  const [text, setText] = useState('');
  const act = useAction();
  return (
    <div class="card-inset" data-testid="enforcement">
      <h3>{t('申请强制执行')}</h3>
      <p class="small">
        {t('最后履行期限 {d}，申请执行期间至 {by}，还剩 {n} 天（民事诉讼法第二百五十条）。', { d: info.lastDueDate, by: info.applyBy, n: info.daysLeft })}
      </p>
      {info.latest ? (
        <p>{t('已申请：{s}', { s: info.latest.statusLabel })}{info.latest.courtCaseNumber ? ` · ${info.latest.courtCaseNumber}` : ''}</p>
      ) : (
        <form onSubmit={async (e) => {
          e.preventDefault();
          if (await act.run(() => courtApi.enforcement(agreementId, picked, text))) onDone();
        }}>
          <fieldset>
            <legend>{t('未履行的义务')}</legend>
            {info.obligations.map((o) => (
              <label key={o.index} class="check">
                <input type="checkbox" checked={picked.includes(o.index)} onChange={(e) =>
                  setPicked(e.currentTarget.checked ? [...picked, o.index] : picked.filter((i) => i !== o.index))} />
                {o.text}
              </label>
            ))}
          </fieldset>
          <TextArea label={t('说明')} value={text} onValue={setText} rows={2} />
          {act.error && <Notice kind="error">{act.error}</Notice>}
          <button type="submit" class="btn btn-primary" disabled={act.busy || !picked.length}>{t('提交强制执行申请')}</button>
        </form>
      )}
    </div>
  );
}

/** 调解不成: one click hands the file to the court's online filing. */
export function LitigationHandoff({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const act = useAction();
  const [done, setDone] = useState<ConfirmationResponse>();
  return (
    <div class="card-inset">
      <p class="small">{t('调解不成，已出具调解终结书（见文书）。可以一键将纠纷材料（事实、请求、当事人、证据清单及其哈希、调解记录）转交人民法院网上立案。')}</p>
      {done ? (
        <Notice kind="info">{t('已转交 {c}：{s}', { c: done.court.name, s: done.statusLabel })}</Notice>
      ) : (
        <button type="button" class="btn btn-primary" disabled={act.busy} onClick={async () => {
          const r = await act.run(() => courtApi.handOff(caseId));
          if (r) {
            setDone(r);
            onChanged();
          }
        }}>
          {t('一键转交法院网上立案')}
        </button>
      )}
      {act.error && <Notice kind="error">{act.error}</Notice>}
    </div>
  );
}
