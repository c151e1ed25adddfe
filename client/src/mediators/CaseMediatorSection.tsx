import { useState } from 'preact/hooks';
import type { CaseDetail, MediatorChoice, RankedMediator } from '../../../src/api-contract';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { TextArea } from '../ui/Field';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { MediatorCardView } from './MediatorCardView';
import { mediatorsApi } from './mediators-api';
import './mediators.css';

const SIDE = { applicant: '申请人', respondent: '被申请人' } as const;

/** Why a mediator is ranked where he is: each factor, its weight and its points. */
function Reasons({ r }: { r: RankedMediator }) {
  return (
    <details>
      <summary>{t('推荐理由')}</summary>
      <table class="factors">
        <thead><tr><th>{t('因素')}</th><th>{t('权重')}</th><th>{t('得分')}</th><th>{t('说明')}</th></tr></thead>
        <tbody>
          {r.factors.map((f) => (
            <tr key={f.key}><td>{t(f.label)}</td><td>{Math.round(f.weight * 100)}%</td><td>{f.points}</td><td>{f.detail}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Choosing the case's mediator: the ranked list with its reasons, each side's proposal, the offer, and 回避. */
export function CaseMediatorSection({ c, onChanged }: { c: CaseDetail; onChanged: () => void }) {
  const choice = useAsync(() => mediatorsApi.choice(c.id), [c.id, c.status]);
  const [languages, setLanguages] = useState('普通话');
  const showRanking = !!choice.data?.mayPropose;
  const ranking = useAsync(() => (showRanking ? mediatorsApi.ranking(c.id, languages) : Promise.resolve(null)), [c.id, showRanking, languages]);
  const action = useAction();
  const [reason, setReason] = useState('');
  const done = (next: MediatorChoice | undefined) => {
    if (!next) return;
    choice.setData(next);
    setReason('');
    onChanged();
  };
  if (choice.error) return <LoadError message={choice.error.message} onRetry={choice.reload} />;
  if (!choice.data) return <Loading />;
  const ch = choice.data;
  const pending = ch.replacements.find((r) => r.status === 'pending');
  return (
    <div data-testid="mediator-choice">
      {ch.mediator && <p>{t('调解员：{name}', { name: ch.mediator.name })}</p>}
      {ch.chooser === 'committee' && !ch.mediator && <Notice kind="warn">{t('双方未在期限内选定调解员，由调委会指派。')}</Notice>}
      {ch.dueAt && <p class="muted">{t('请双方在 {at} 前商定调解员，逾期由调委会指派。', { at: formatDateTime(ch.dueAt) })}</p>}
      {ch.proposals.length > 0 && (
        <ul data-testid="proposals">
          {ch.proposals.map((p) => (
            <li key={p.side}>{t(SIDE[p.side])}（{p.proposedByName}）{t('提议')}：<strong>{p.mediatorName}</strong></li>
          ))}
        </ul>
      )}
      {ch.offeredMediator && <Notice>{t('双方已选定 {name}，等待其接受。', { name: ch.offeredMediator.name })}</Notice>}
      {ch.mayAnswerOffer && (
        <div class="row-actions">
          <button type="button" class="btn btn-primary" disabled={action.busy} data-testid="accept-offer"
            onClick={async () => done(await action.run(() => mediatorsApi.acceptOffer(c.id)))}>{t('接受选定')}</button>
          <button type="button" class="btn" disabled={action.busy || !reason.trim()}
            onClick={async () => done(await action.run(() => mediatorsApi.declineOffer(c.id, reason)))}>{t('谢绝')}</button>
          <TextArea label={t('谢绝理由')} value={reason} onValue={setReason} rows={2} />
        </div>
      )}
      {showRanking && (
        <div>
          <h3>{t('推荐调解员')}</h3>
          <label class="inline">{t('需要的语言/方言')}{' '}
            <select value={languages} onChange={(e) => setLanguages(e.currentTarget.value)}>
              <option value="普通话">普通话</option>
              <option value="普通话,重庆话">普通话、重庆话</option>
              <option value="重庆话">重庆话</option>
            </select>
          </label>
          {ranking.error && <LoadError message={ranking.error.message} onRetry={ranking.reload} />}
          {!ranking.data && !ranking.error && <Loading />}
          {ranking.data && ranking.data.excludedCount > 0 && (
            <p class="muted small">{t('{n} 位调解员因与当事人存在利害关系已回避，未列出。', { n: ranking.data.excludedCount })}</p>
          )}
          <div class="mediator-grid" data-testid="ranking">
            {ranking.data?.ranked.slice(0, 6).map((r) => (
              <MediatorCardView key={r.mediator.id} m={r.mediator}>
                <p>{t('第 {rank} 名', { rank: r.rank })} · <span class="rank-total">{r.total}</span> {t('分')}</p>
                <Reasons r={r} />
                <button type="button" class="btn btn-primary" disabled={action.busy} data-testid={`propose-${r.mediator.name}`}
                  onClick={async () => done(await action.run(() => mediatorsApi.propose(c.id, r.mediator.id)))}>
                  {ch.proposals.some((p) => p.mediatorId === r.mediator.id) ? t('同意此调解员') : t('提议此调解员')}
                </button>
              </MediatorCardView>
            ))}
          </div>
          <p class="muted small"><a href="/mediators">{t('在调解员名录中查看全部')}</a></p>
        </div>
      )}
      {ch.replacements.map((r) => (
        <p key={r.id} class="muted">{t('申请更换调解员')}：{r.mediatorName}（{r.requestedByName}：{r.reason}）— {t(r.statusLabel)}</p>
      ))}
      {ch.mayRequestReplacement && (
        <details>
          <summary>{t('申请更换调解员（回避）')}</summary>
          <TextArea label={t('理由')} value={reason} onValue={setReason} rows={2} />
          <button type="button" class="btn" disabled={action.busy || !reason.trim()}
            onClick={async () => done(await action.run(() => mediatorsApi.requestReplacement(c.id, reason)))}>{t('提交申请')}</button>
        </details>
      )}
      {ch.mayDecideReplacement && pending && (
        <div class="row-actions">
          <button type="button" class="btn btn-primary" disabled={action.busy}
            onClick={async () => done(await action.run(() => mediatorsApi.decideReplacement(c.id, pending.id, true)))}>{t('同意更换')}</button>
          <button type="button" class="btn" disabled={action.busy}
            onClick={async () => done(await action.run(() => mediatorsApi.decideReplacement(c.id, pending.id, false)))}>{t('不予更换')}</button>
        </div>
      )}
      {action.error && <Notice kind="error">{action.error}</Notice>}
    </div>
  );
}
