import { useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import { useAction } from '../ui/useAction';
import type { CreatedInvitation, Id, Party } from '../api/types';
import { t } from '../i18n';
import { CopyField } from '../ui/CopyField';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/Notice';

const CONSENT: Record<Party['consent'], [string, string]> = {
  pending: ['待确认', 'info'],
  agreed: ['已同意调解', 'success'],
  refused: ['已拒绝调解', 'muted'],
};

export const invitationUrl = (code: string) => `${window.location.origin}/invitations/${encodeURIComponent(code)}`;

function InviteBox({ caseId, party }: { caseId: Id; party: Party }) {
  const [created, setCreated] = useState<CreatedInvitation>();
  const { busy, error, run } = useAction();
  const code = created?.code ?? (party.invitation?.status === 'pending' ? party.invitation.code : undefined);

  async function create() {
    const invitation = await run(() => casesApi.invite(caseId, party.id));
    if (invitation) setCreated(invitation);
  }

  if (!code) {
    return (
      <div class="invite">
        {(party.invitation?.status === 'expired' || party.invitation?.status === 'revoked') && (
          <p class="muted">{t('上次的邀请已失效，请重新生成。')}</p>
        )}
        <button type="button" class="btn btn-primary btn-small" onClick={create} disabled={busy}>
          {busy ? t('处理中…') : party.phone ? t('发送调解邀请') : t('生成邀请链接')}
        </button>
        {error && <Notice kind="error">{error}</Notice>}
      </div>
    );
  }
  return (
    <div class="invite">
      {created?.sms === 'queued' && (
        <Notice kind="success">
          {t('邀请短信已发往 {phone}。对方用该手机号登录后，即可查看申请和证据并答复；对方答复后本页会自动更新。', { phone: created.smsTo })}
        </Notice>
      )}
      {created?.sms === 'unavailable' && (
        <Notice kind="warn">{t('本平台尚未开通邀请短信，请把下面的链接发给对方。')}</Notice>
      )}
      <CopyField label={t('邀请链接')} value={invitationUrl(code)} testId="invitation-link" />
      <p class="field-hint">
        {party.phone
          ? t('也可以把此链接通过微信发给 {name}（手机号 {phone}）。对方需使用该手机号注册或登录后，确认是否同意调解。', {
              name: party.name,
              phone: party.phone,
            })
          : t('请将此链接发送给 {name} 的联系人。对方登录后即可确认是否同意调解。', { name: party.name })}
        {created?.expiresAt && ` ${t('链接有效期至 {at}。', { at: formatDateTime(created.expiresAt) })}`}
      </p>
    </div>
  );
}

export function PartyList({ caseId, parties, canInvite }: { caseId: Id; parties: Party[]; canInvite: boolean }) {
  const sorted = [...parties].sort((a, b) => (a.side === b.side ? 0 : a.side === 'applicant' ? -1 : 1));
  return (
    <ul class="party-list">
      {sorted.map((p) => {
        const [consentLabel, consentTone] = CONSENT[p.consent] ?? [p.consent, 'info'];
        return (
          <li key={p.id} class="party" aria-label={p.name}>
            <div class="party-head">
              <span class={`tag tag-${p.side}`}>{p.side === 'applicant' ? t('申请人') : t('被申请人')}</span>
              <strong class="party-name">{p.name}</strong>
              {p.isMe && <span class="tag tag-me">{t('我')}</span>}
              {p.side === 'respondent' && (
                <span class={`badge badge-${consentTone}`} data-testid="party-consent">
                  {t(consentLabel)}
                </span>
              )}
            </div>
            <dl class="kv kv-compact">
              <dt>{t('类型')}</dt>
              <dd>{p.type === 'person' ? t('自然人') : t('法人或其他组织')}</dd>
              {p.phone && (
                <>
                  <dt>{t('手机号')}</dt>
                  <dd class="mono">{p.phone}</dd>
                </>
              )}
              {p.idNumber && (
                <>
                  <dt>{t('身份证号')}</dt>
                  <dd class="mono">{p.idNumber}</dd>
                </>
              )}
              {p.creditCode && (
                <>
                  <dt>{t('统一社会信用代码')}</dt>
                  <dd class="mono">{p.creditCode}</dd>
                </>
              )}
            </dl>
            {canInvite && p.side === 'respondent' && p.consent === 'pending' && <InviteBox caseId={caseId} party={p} />}
          </li>
        );
      })}
    </ul>
  );
}
