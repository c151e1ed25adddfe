import { useState } from 'preact/hooks';
import type { PartnerReferralResponse } from '../../../src/api-contract';
import { useSession } from '../auth/session';
import { t } from '../i18n';
import { ActionDialog } from '../ui/ActionDialog';
import { formatBytes, formatDateTime, formatFen } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { StatusBadge } from '../ui/StatusBadge';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { ForwardReferralDialog } from './ForwardReferralDialog';
import { referralsApi } from './loop-api';
import { ReferralForm } from './ReferralForm';
import './loop.css';

const PARTNER_TYPES: Record<string, string> = { grid: '网格/社区', police: '派出所', petition: '信访办', court_filing: '法院立案庭（诉前调解）' };

type Open = { kind: 'accept' | 'decline' | 'forward'; r: PartnerReferralResponse } | null;

/** What became of a referral, in one line. */
function Outcome({ r, linkCase }: { r: PartnerReferralResponse; linkCase: boolean }) {
  if (r.status === 'accepted') {
    // The partner learns the case number, not the case: it has no part in it.
    const no = r.caseNumber ?? '—';
    return <p class="referral-outcome">{t('已受理立案')}：{linkCase && r.caseId ? <a href={`/cases/${r.caseId}`}>{no}</a> : no}</p>;
  }
  if (r.status === 'forwarded') return <p class="referral-outcome">{t('已转至')}：{r.forwardedTo}</p>;
  if (r.status === 'declined') return <p class="referral-outcome">{t('不予受理理由')}：{r.declineReason}</p>;
  return <p class="referral-outcome muted">{t('等待{committee}处理', { committee: r.committeeName })}</p>;
}

function ReferralItem({ r, canRoute, committee, onOpen }: { r: PartnerReferralResponse; canRoute: boolean; committee: boolean; onOpen: (o: Open) => void }) {
  return (
    <li class="queue-item referral" data-testid="referral">
      <div class="referral-head">
        <strong>{r.category}</strong>
        <StatusBadge status={r.status === 'submitted' ? 'filed' : r.status} label={r.statusLabel} />
        <span class="muted small">{formatDateTime(r.createdAt)}</span>
      </div>
      <p class="muted small">
        {r.partnerName}（{t(PARTNER_TYPES[r.partnerType] ?? r.partnerType)}）→ {r.committeeName}
        {r.referenceId && <> · {t('来源编号')} {r.referenceId}</>}
      </p>
      <p class="prewrap">{r.facts}</p>
      <dl class="kv kv-compact">
        <dt>{t('当事人诉求')}</dt><dd>{r.claims}</dd>
        <dt>{t('标的额')}</dt><dd>{formatFen(r.claimAmountFen)}</dd>
        <dt>{t('申请人')}</dt><dd>{r.applicant.name} {r.applicant.phone}</dd>
        <dt>{t('被申请人')}</dt><dd>{r.respondents.map((p) => `${p.name} ${p.phone}`).join('；')}</dd>
        {r.attachments.length > 0 && (
          <>
            <dt>{t('附件')}</dt>
            <dd>
              {r.attachments.map((a) => (
                <button key={a.id} type="button" class="btn-link" onClick={() => void referralsApi.download(r.id, a.id, a.fileName)}>
                  {a.fileName}（{formatBytes(a.sizeBytes)}）
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>
      <Outcome r={r} linkCase={committee} />
      {canRoute && r.status === 'submitted' && (
        <div class="row wrap">
          <button type="button" class="btn btn-primary btn-small" onClick={() => onOpen({ kind: 'accept', r })}>{t('受理立案')}</button>
          <button type="button" class="btn btn-small" onClick={() => onOpen({ kind: 'forward', r })}>{t('转出')}</button>
          <button type="button" class="btn btn-small btn-danger" onClick={() => onOpen({ kind: 'decline', r })}>{t('不予受理')}</button>
        </div>
      )}
    </li>
  );
}

/**
 * 转办事项. A partner body (网格、派出所、信访办、法院立案庭) files referrals and follows its own; the committee's mediators
 * route theirs: accept into a case, send on, or decline with a reason.
 */
export function ReferralsPage() {
  usePageTitle(t('转办事项'));
  const { user } = useSession();
  const list = useAsync(() => referralsApi.list(), []);
  const [open, setOpen] = useState<Open>(null);
  const [flash, setFlash] = useState<string>();
  const partner = user?.role === 'partner';
  const done = (msg: string) => {
    setFlash(msg);
    list.reload();
  };
  const items = list.data ?? [];
  const waiting = items.filter((r) => r.status === 'submitted');
  const routed = items.filter((r) => r.status !== 'submitted');

  return (
    <section class="referrals">
      <div class="page-head">
        <div>
          <h1>{partner ? t('转办事项') : t('转办事项（待分流）')}</h1>
          {user?.organization && <p class="muted">{user.organization.name}</p>}
        </div>
        <button type="button" class="btn btn-small" onClick={list.reload}>{t('刷新')}</button>
      </div>
      {flash && <Notice kind="success">{flash}</Notice>}
      {partner && <ReferralForm onFiled={done} />}
      {list.error && !list.data && <LoadError message={list.error.message} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <>
          <h2>{partner ? t('等待处理') : t('待分流')}（{waiting.length}）</h2>
          {!waiting.length && <p class="muted">{t('暂无等待处理的转办事项')}</p>}
          <ul class="queue-list">{waiting.map((r) => <ReferralItem key={r.id} r={r} canRoute={!partner} committee={!partner} onOpen={setOpen} />)}</ul>
          <h2>{t('已处理')}（{routed.length}）</h2>
          {!routed.length && <p class="muted">{t('暂无')}</p>}
          <ul class="queue-list">{routed.map((r) => <ReferralItem key={r.id} r={r} canRoute={false} committee={!partner} onOpen={setOpen} />)}</ul>
        </>
      )}
      {open?.kind === 'accept' && (
        <ActionDialog
          spec={{ title: t('受理立案'), confirmLabel: t('受理立案'),
            message: t('将为申请人{name}立案（{phone}），案件进入本调委会待受理，并通知双方当事人。', { name: open.r.applicant.name, phone: open.r.applicant.phone }) }}
          onConfirm={async () => {
            const r = await referralsApi.accept(open.r.id);
            done(t('已受理立案：{no}', { no: r.caseNumber ?? '' }));
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'decline' && (
        <ActionDialog
          spec={{ title: t('不予受理'), confirmLabel: t('不予受理'), danger: true, field: { label: t('不予受理理由'), required: true, placeholder: t('如 不属于人民调解范围，建议向劳动仲裁申请') } }}
          onConfirm={async (reason) => {
            await referralsApi.decline(open.r.id, reason);
            done(t('已不予受理，转办单位会收到理由。'));
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'forward' && <ForwardReferralDialog referral={open.r} onDone={done} onClose={() => setOpen(null)} />}
    </section>
  );
}
