import { useState } from 'preact/hooks';
import type { CaseDetail } from '../api/types';
import { t } from '../i18n';
import { ActionDialog, type ActionSpec } from '../ui/ActionDialog';
import { formatDateTime } from '../ui/format';
import { Loading, LoadError } from '../ui/Notice';
import { saveBlob } from '../ui/save-blob';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { AddAgentForm } from './AddAgentForm';
import { agentsApi, type Agency } from './agents-api';

type Pending = { spec: ActionSpec; run: (reason: string) => Promise<unknown> };

const STATUS_TAG: Record<Agency['status'], string> = { pending: 'tag-warn', approved: '', rejected: 'tag-danger', revoked: 'tag-danger' };

function AgencyItem({ a, ask }: { a: Agency; ask: (p: Pending) => void }) {
  const file = useAction();
  async function open() {
    const blob = await file.run(() => agentsApi.powerOfAttorney(a.id));
    if (blob) saveBlob(blob, a.poa.fileName);
  }
  return (
    <li class="agency" data-testid="agency">
      <p class="agency-head">
        <strong>{a.name}</strong>
        <span class={`tag ${STATUS_TAG[a.status]}`} data-testid="agency-status">{t(a.statusLabel)}</span>
        <span class="muted small">{t('代理 {name}', { name: a.partyName })}</span>
      </p>
      <p class="muted small">
        {t(a.relationLabel)} · {t(a.authorityLabel)} · {a.phone}
        {a.relation === 'lawyer' && ` · ${a.lawFirm ?? ''}（${t('执业证号')} ${a.licenceNumber ?? ''}）`}
        {' · '}
        <span class="nowrap">{formatDateTime(a.createdAt)}</span>
      </p>
      {a.status === 'approved' && !a.registered && <p class="muted small">{t('已短信通知代理人用该手机号注册，注册后即可查看本案')}</p>}
      {a.decisionReason && <p class="small">{t('理由：{reason}', { reason: a.decisionReason })}</p>}
      <div class="agency-actions">
        <button type="button" class="btn btn-small" onClick={open} disabled={file.busy}>
          {file.busy ? t('下载中…') : t('查看授权委托书')}
        </button>
        {a.mayDecide && (
          <>
            <button
              type="button"
              class="btn btn-small btn-primary"
              onClick={() => ask({
                spec: { title: t('批准代理人'), message: t('核对授权委托书后批准，{name} 即可代理 {party} 参与调解。', { name: a.name, party: a.partyName }), confirmLabel: t('批准') },
                run: () => agentsApi.decide(a.id, 'approve', ''),
              })}
            >
              {t('批准')}
            </button>
            <button
              type="button"
              class="btn btn-small"
              onClick={() => ask({
                spec: { title: t('驳回代理人'), field: { label: t('驳回理由'), required: true }, confirmLabel: t('驳回'), danger: true },
                run: (reason) => agentsApi.decide(a.id, 'reject', reason),
              })}
            >
              {t('驳回')}
            </button>
          </>
        )}
        {a.mayRevoke && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => ask({
              spec: { title: t('撤销代理'), message: t('撤销后 {name} 立即不能再查看和处理本案。', { name: a.name }), field: { label: t('理由（选填）') }, confirmLabel: t('撤销'), danger: true },
              run: (reason) => agentsApi.revoke(a.id, reason),
            })}
          >
            {t('撤销代理')}
          </button>
        )}
      </div>
      {file.error && <p class="text-error">{file.error}</p>}
    </li>
  );
}

/**
 * 代理人: the party names agents with a power of attorney and sees their status; the mediator (or the committee before
 * one is assigned) opens the file and approves or rejects; the party or the mediator revokes.
 */
export function AgentSection({ c, reloadKey, onChanged }: { c: CaseDetail; reloadKey: number; onChanged: () => void }) {
  const list = useAsync(() => agentsApi.list(c.id), [c.id, reloadKey]);
  const [pending, setPending] = useState<Pending | null>(null);
  const mine = c.parties.filter((p) => p.isMe);
  const open = ['filed', 'accepted', 'mediator_assigned', 'in_mediation'].includes(c.status);
  const changed = () => {
    list.reload();
    onChanged();
  };
  return (
    <>
      {list.error && !list.data && <LoadError message={list.error.message} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.length === 0 && <p class="muted">{t('尚未委托代理人')}</p>}
      {list.data && list.data.length > 0 && (
        <ul class="plain-list agencies" aria-label={t('代理人列表')}>
          {list.data.map((a) => <AgencyItem key={a.id} a={a} ask={setPending} />)}
        </ul>
      )}
      {open && mine.length > 0 && (
        <AddAgentForm caseId={c.id} parties={mine} ownPhones={c.parties.map((p) => p.phone ?? '')} onAdded={changed} />
      )}
      {pending && (
        <ActionDialog spec={pending.spec} onConfirm={async (reason) => { await pending.run(reason); changed(); }} onClose={() => setPending(null)} />
      )}
    </>
  );
}
