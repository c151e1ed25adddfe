import { useState } from 'preact/hooks';
import { invitationsApi } from '../api/endpoints';
import type { Invitation } from '../api/types';
import { PhoneCodeField, checkCode } from '../auth/PhoneCodeField';
import { logout, useSession } from '../auth/session';
import { t } from '../i18n';
import { DisputeFacts } from '../cases/DisputeFacts';
import { EvidenceList } from '../cases/EvidenceSection';
import { ReadAloud } from '../elder/ReadAloud';
import { formatFen } from '../ui/format';
import { navigate } from '../router';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';

const caseUrl = (id: Invitation['case']['id']) => `/cases/${encodeURIComponent(String(id))}`;

function Anonymous({ code }: { code: string }) {
  const next = encodeURIComponent(`/invitations/${code}`);
  return (
    <section class="card auth-card">
      <h1>{t('调解邀请')}</h1>
      <p>{t('您收到了一份人民调解邀请。为保护当事人隐私，请先登录后查看案件内容。')}</p>
      <Notice>
        {t('请使用接收邀请短信的手机号登录；如果还没有账号，请用该手机号注册。登录后会自动回到本页面。')}
      </Notice>
      <div class="actions">
        <a class="btn btn-primary" href={`/login?next=${next}`}>
          {t('登录后查看')}
        </a>
        <a class="btn" href={`/register?next=${next}`}>
          {t('注册新账号')}
        </a>
      </div>
    </section>
  );
}

function Details({ inv }: { inv: Invitation }) {
  const c = inv.case;
  return (
    <dl class="kv">
      <dt>{t('案件编号')}</dt>
      <dd data-testid="case-number">{c.caseNumber}</dd>
      <dt>{t('申请人')}</dt>
      <dd>{c.applicantName}</dd>
      <dt>{t('被邀请人')}</dt>
      <dd>
        {inv.invitedName} <span class="mono muted">{inv.invitedPhone}</span>
      </dd>
      <dt>{t('调解委员会')}</dt>
      <dd>{c.committeeName}</dd>
      <DisputeFacts c={c} />
    </dl>
  );
}

function Respond({ inv, phone, onDeclined }: { inv: Invitation; phone: string; onDeclined: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [declining, setDeclining] = useState(false);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();

  /** Either answer needs the code sent to the invited phone: it proves the answer is the invited person's. */
  const codeReady = () => {
    const problem = checkCode(code);
    setCodeError(problem);
    return !problem;
  };

  async function accept() {
    if (!codeReady()) return;
    setBusy(true);
    setError(undefined);
    try {
      const detail = await invitationsApi.accept(inv.code, code);
      navigate(caseUrl(detail?.id ?? inv.case.id));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        {t('人民调解遵循自愿、平等原则，不收取任何费用。同意后，调解委员会将安排调解员与双方联系；拒绝后，本次调解程序终结。')}
      </p>
      <p class="muted">{t('为确认是您本人作答，请先获取发送到您手机的验证码。')}</p>
      <PhoneCodeField
        phone={phone}
        purpose="invitation"
        value={code}
        error={codeError}
        onValue={(v) => {
          setCode(v);
          setCodeError(undefined);
        }}
      />
      {error && <Notice kind="error">{error}</Notice>}
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={accept} disabled={busy}>
          {busy ? t('处理中…') : t('同意调解')}
        </button>
        <button type="button" class="btn btn-danger" onClick={() => codeReady() && setDeclining(true)} disabled={busy}>
          {t('拒绝调解')}
        </button>
      </div>
      {declining && (
        <ActionDialog
          spec={{
            title: t('拒绝调解'),
            message: t('拒绝后本案调解程序终结，申请人将被告知可以依法向人民法院起诉。'),
            field: { label: t('拒绝理由'), required: true },
            confirmLabel: t('确认拒绝'),
            danger: true,
          }}
          onConfirm={(reason) => invitationsApi.decline(inv.code, reason, code).then(onDeclined)}
          onClose={() => setDeclining(false)}
        />
      )}
    </>
  );
}

/** What read-aloud says on the invitation: who asks, for what, and what the two answers mean. */
function invitationSpeech(inv: Invitation): string {
  const c = inv.case;
  return [
    `${c.applicantName}向${c.committeeName}申请调解与您之间的${c.category}纠纷。`,
    `对方的请求是：${c.claims}`,
    `请求金额${formatFen(c.claimAmountFen)}。`,
    `对方提交了${inv.evidence.length}份证据。`,
    '人民调解自愿、不收费。您可以同意调解，也可以拒绝；拒绝后本次调解结束。',
  ].join('');
}

export function InvitationPage({ code }: { code: string }) {
  usePageTitle(t('调解邀请'));
  const session = useSession();
  const authed = session.status === 'authenticated';
  const inv = useAsync(() => (authed ? invitationsApi.get(code) : Promise.resolve(undefined)), [code, authed]);
  const [declined, setDeclined] = useState(false);

  if (session.status === 'loading') return <Loading />;
  if (!authed) return <Anonymous code={code} />;
  if (inv.error?.code === 'INVITATION_PHONE_MISMATCH') {
    return (
      <section class="card auth-card">
        <h1>{t('调解邀请')}</h1>
        <Notice kind="warn">{inv.error.message}</Notice>
        <p>
          {t('此邀请发送给了另一个手机号。您当前登录的手机号是 {phone}，请退出后使用收到邀请的手机号登录。', {
            phone: session.user.phone,
          })}
        </p>
        <button type="button" class="btn btn-primary" onClick={() => logout(`/invitations/${code}`)}>
          {t('退出并切换账号')}
        </button>
      </section>
    );
  }
  if (inv.error) return <LoadError message={inv.error.message} onRetry={inv.error.status === 0 ? inv.reload : undefined} />;
  if (!inv.data) return <Loading />;

  const data = inv.data;
  const status = declined ? 'declined' : data.status;
  return (
    <section class="stack">
      <h1>{t('调解邀请')}</h1>
      <p class="lead">
        {t('{applicant} 向 {committee} 申请调解与您之间的纠纷，邀请您参加调解。', {
          applicant: data.case.applicantName,
          committee: data.case.committeeName,
        })}
      </p>
      <ReadAloud text={invitationSpeech(data)} label={t('朗读邀请内容')} />
      <div class="card">
        <Details inv={data} />
      </div>
      <section class="card" aria-labelledby="inv-evidence">
        <h2 id="inv-evidence">{t('申请人提交的证据')}</h2>
        <p class="muted">{t('请先看一看对方的请求和证据，再决定是否同意调解。同意后，您可以写下自己的意见（答辩意见）并提交您的证据。')}</p>
        <EvidenceList evidence={data.evidence} download={(e) => invitationsApi.downloadEvidence(data.code, e.id)} />
      </section>
      <div class="card">
        {status === 'pending' && <Respond inv={data} phone={session.user.phone} onDeclined={() => setDeclined(true)} />}
        {status === 'accepted' && (
          <Notice kind="success">
            <p>{t('您已同意调解。')}</p>
            <a href={caseUrl(data.case.id)}>{t('查看案件详情')}</a>
          </Notice>
        )}
        {status === 'declined' && (
          <Notice kind="info">
            <p class="notice-title">{t('您已拒绝调解')}</p>
            <p>{t('本案调解程序已终结，已告知申请人可以依法向人民法院起诉。')}</p>
          </Notice>
        )}
        {(status === 'expired' || status === 'revoked') && (
          <Notice kind="warn">{t('该邀请已失效。如仍希望参加调解，请联系申请人重新发送邀请。')}</Notice>
        )}
      </div>
    </section>
  );
}
