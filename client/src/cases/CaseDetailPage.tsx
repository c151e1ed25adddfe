import type { ComponentChildren } from 'preact';
import { casesApi } from '../api/endpoints';
import { t } from '../i18n';
import { caseNo, formatDateTime, formatFen } from '../ui/format';
import { Loading, LoadError } from '../ui/Notice';
import { StatusBadge } from '../ui/StatusBadge';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { useCaseChanges } from '../live/live';
import { useState } from 'preact/hooks';
import { AgreementSection } from '../agreements/AgreementSection';
import { AgentSection } from '../agents/AgentSection';
import { DocumentList } from '../agreements/DocumentList';
import { SessionEntry } from '../sessions/SessionEntry';
import { SessionTrace } from '../sessions/SessionTrace';
import { CaseGuidanceSection } from '../guidance/CaseGuidanceSection';
import { useSession } from '../auth/session';
import { CaseMediatorSection } from '../mediators/CaseMediatorSection';
import { CaseSchedulingSection } from '../mediators/CaseSchedulingSection';
import { CourtGuidanceThread } from '../mediators/CourtGuidanceThread';
import { MediationClockPanel } from '../mediators/MediationClockPanel';
import { CourtSection } from '../court/CourtSection';
import { FollowUpSection } from '../loop/FollowUpSection';
import { SatisfactionSection } from '../loop/SatisfactionSection';
import { CaseActions } from './CaseActions';
import { CaseOutcomeNotice } from './CaseOutcomeNotice';
import { NextStep } from './NextStep';
import { StatementSection } from './StatementSection';
import { ReadAloud } from '../elder/ReadAloud';
import { DisputeFacts } from './DisputeFacts';
import { EvidenceSection } from './EvidenceSection';
import { PartyList } from './PartyList';
import { Timeline } from './Timeline';

// Follow-up (回访) exists once an agreement took effect; parties rate the mediation once it ended (src/follow-up).
const AGREEMENT_IN_EFFECT = ['settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected'];
const MEDIATION_ENDED = ['failed', ...AGREEMENT_IN_EFFECT];

function Section({ title, children, secondary }: { title: string; children: ComponentChildren; secondary?: boolean }) {
  // Secondary sections step aside in 长辈模式 (simpler pages, one main action).
  return (
    <section class={`card section${secondary ? ' elder-hide' : ''}`} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function CaseDetailPage({ id }: { id: string }) {
  const detail = useAsync(() => casesApi.get(id), [id]);
  const timeline = useAsync(() => casesApi.timeline(id), [id]);
  const c = detail.data;
  const { user } = useSession();
  usePageTitle(c?.caseNumber ?? t('案件详情'));

  // Bumped on every change (own action or live news), so that the parts loading on their own reload too.
  const [version, setVersion] = useState(0);
  const refresh = () => {
    detail.reload();
    timeline.reload();
    setVersion((v) => v + 1);
  };
  useCaseChanges(id, refresh);

  if (detail.error && !c) {
    return (
      <>
        <a class="back" href="/">
          ← {t('返回我的案件')}
        </a>
        <LoadError message={detail.error.message} onRetry={detail.error.status === 0 ? refresh : undefined} />
      </>
    );
  }
  if (!c) return <Loading />;

  const allowed = c.allowedActions ?? [];
  return (
    <div class="case-detail">
      <a class="back" href="/">
        ← {t('返回我的案件')}
      </a>
      <header class="card case-head">
        <div class="case-head-top">
          <p class="eyebrow">{t('案件编号')}</p>
          <StatusBadge status={c.status} label={c.statusLabel} testId="case-status" />
        </div>
        <h1 data-testid="case-number">{caseNo(c.caseNumber)}</h1>
        <p class="muted">
          {c.category} · {formatFen(c.claimAmountFen)} · {t('申请于 {at}', { at: formatDateTime(c.filedAt) })}
        </p>
        {c.representing.length > 0 && (
          <p class="representing" data-testid="representing">{t('您是 {names} 的代理人', { names: c.representing.join('、') })}</p>
        )}
        <NextStep step={c.nextStep} />
        <ReadAloud text={`${t('案件状态')}：${t(c.statusLabel)}。${t(c.nextStep.text)}`} />
        <SessionEntry c={c} reloadKey={version} />
        <CaseActions caseId={c.id} caseNumber={caseNo(c.caseNumber)} allowed={allowed} onChanged={refresh} />
      </header>
      <CaseOutcomeNotice status={c.status} />

      <Section title={t('案件信息')}>
        <dl class="kv">
          <dt>{t('调解委员会')}</dt>
          <dd>{c.committee?.name ?? '—'}</dd>
          <dt>{t('调解员')}</dt>
          <dd>{c.mediator?.name ?? c.mediatorName ?? t('未指派')}</dd>
          <DisputeFacts c={c} />
        </dl>
      </Section>

      {['accepted', 'mediator_assigned', 'in_mediation'].includes(c.status) && (
        <Section title={t('调解员')}>
          <CaseMediatorSection c={c} onChanged={refresh} />
          <MediationClockPanel caseId={c.id} status={c.status} />
        </Section>
      )}

      {['mediator_assigned', 'in_mediation'].includes(c.status) && c.mediator && (
        <Section title={t('调解时间')}>
          <CaseSchedulingSection
            c={c}
            canBook={!!user && (user.role === 'party' || user.id === c.mediator.id)}
            onChanged={refresh}
          />
        </Section>
      )}

      {user?.role !== 'party' && <CourtGuidanceThread caseId={c.id} />}

      <Section title={t('当事人信息')}>
        <PartyList caseId={c.id} parties={c.parties} canInvite={allowed.includes('invite')} />
      </Section>

      {(user?.role === 'party' || user?.role === 'mediator' || user?.role === 'admin') && (
        <Section title={t('代理人')}>
          <AgentSection c={c} reloadKey={version} onChanged={refresh} />
        </Section>
      )}

      {(c.statements.length > 0 || allowed.includes('give_statement')) && (
        <Section title={t('答辩意见')}>
          <StatementSection c={c} canGive={allowed.includes('give_statement')} onChanged={refresh} />
        </Section>
      )}

      {['in_mediation', 'settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected'].includes(c.status) && (
        <Section title={t('调解协议')}>
          <AgreementSection c={c} onChanged={refresh} />
        </Section>
      )}

      {AGREEMENT_IN_EFFECT.includes(c.status) && (
        <Section title={t('回访与履行')}>
          <FollowUpSection caseId={c.id} reloadKey={version} onChanged={refresh} />
        </Section>
      )}
      {user?.role === 'party' && MEDIATION_ENDED.includes(c.status) && <SatisfactionSection key={c.status} caseId={c.id} />}

      {!['filed', 'accepted', 'declined', 'refused', 'withdrawn'].includes(c.status) && (
        <Section title={t('调解会议')}>
          <SessionTrace c={c} reloadKey={version} />
        </Section>
      )}
      <CourtSection c={c} onChanged={refresh} />

      <Section title={t('文书')} secondary>
        <DocumentList caseId={c.id} reloadKey={c.status} />
      </Section>

      <Section title={t('证据材料')}>
        <EvidenceSection
          caseId={c.id}
          evidence={c.evidence}
          canUpload={allowed.includes('upload_evidence')}
          canDownload={allowed.includes('download_evidence')}
          onChanged={refresh}
        />
      </Section>

      <div class="elder-hide">
        <CaseGuidanceSection caseId={c.id} version={c.evidence.length} me={c.parties.find((p) => p.isMe)} onChanged={refresh} />
      </div>

      <Section title={t('办理进程')}>
        {timeline.error && !timeline.data && <LoadError message={timeline.error.message} onRetry={timeline.reload} />}
        {timeline.data ? <Timeline events={timeline.data} /> : !timeline.error && <Loading />}
      </Section>

      {allowed.some((a) => ['withdraw', 'decline', 'fail'].includes(a)) && (
        <Section title={t('结束本案')}>
          <CaseActions caseId={c.id} caseNumber={caseNo(c.caseNumber)} allowed={allowed} onChanged={refresh} ending />
        </Section>
      )}
    </div>
  );
}
