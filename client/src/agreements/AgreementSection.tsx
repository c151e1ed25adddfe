import { useState } from 'preact/hooks';
import type { CaseDetail } from '../api/types';
import { useSession } from '../auth/session';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { LoadError, Loading, Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { AgreementEditor } from './AgreementEditor';
import { agreementsApi, type AgreementResponse } from './agreements-api';
import { DocPreview } from './DocPreview';
import { LintList } from './LintList';
import { PartyDetailsForm } from './PartyDetailsForm';
import { saveBlob } from '../ui/save-blob';
import { SigningPanel } from './SigningPanel';
import './agreements.css';

const STATUS_LABELS: Record<AgreementResponse['status'], string> = {
  draft: '起草中', final: '已定稿，待签署', effective: '已生效', void: '已作废',
};

/** The agreement on the case page: details to give, the draft or its preview, comments, signing, the PDF. */
export function AgreementSection({ c, onChanged }: { c: CaseDetail; onChanged: () => void }) {
  const session = useSession();
  const loaded = useAsync(() => agreementsApi.ofCase(c.id), [c.id]);
  const [override, setOverride] = useState<AgreementResponse | null>(null);
  const a = override ?? loaded.data ?? null;
  const isMediator = !!session.user && c.mediator?.id === session.user.id;
  // The party this viewer acts for: his own, or the one he is the approved agent (代理人) of.
  const me = c.parties.find((p) => p.actsForMe);
  const inMediation = c.status === 'in_mediation';

  if (loaded.error && loaded.data === undefined) return <LoadError message={loaded.error.message} onRetry={loaded.reload} />;
  if (loaded.data === undefined && !override) return <Loading />;

  const update = (next: AgreementResponse) => {
    setOverride(next);
    if (next.status === 'effective') onChanged();
  };

  return (
    <div class="agreement" data-testid="agreement" data-status={a?.status ?? 'none'}>
      {me && inMediation && (!me.domicile || !me.serviceAddress || me.eServiceConsent === null || (me.type === 'organization' && (!me.representativeName || !me.hasSeal))) && (
        <PartyDetailsForm caseId={c.id} me={me} onSaved={() => { onChanged(); loaded.reload(); setOverride(null); }} />
      )}
      {a && (
        <p class="row">
          <span class={`badge badge-${a.status}`} data-testid="agreement-status">{t(STATUS_LABELS[a.status])}</span>
          <span class="muted small">{t('第 {v} 版', { v: String(a.version) })} · {t('更新于 {at}', { at: formatDateTime(a.updatedAt) })}</span>
          <PdfButton id={a.id} />
        </p>
      )}
      {isMediator && inMediation && (!a || a.canEdit) ? (
        <AgreementEditor key={a?.id ?? 'new'} c={c} a={a} onSaved={update} />
      ) : a ? (
        <>
          <LintList lint={a.lint} />
          <DocPreview header={a.preview.header} blocks={a.preview.blocks} />
        </>
      ) : (
        <p class="muted">{inMediation ? t('调解员尚未起草调解协议。') : t('本案没有调解协议。')}</p>
      )}
      {a && <Signers a={a} />}
      {a?.canSign && <SigningPanel a={a} onSigned={update} />}
      {a && a.status === 'effective' && (
        <Notice kind="success">{t('协议已于 {at} 生效，验证码 {code}。', { at: formatDateTime(a.effectiveAt!), code: a.verifyCode ?? '' })}</Notice>
      )}
      {a && (me || isMediator) && <Comments a={a} onPosted={update} />}
    </div>
  );
}

function Signers({ a }: { a: AgreementResponse }) {
  return (
    <ul class="signers" aria-label={t('签署情况')}>
      {a.signers.map((s) => {
        const signed = a.signatures.find((x) => (x.partyId ?? null) === s.partyId && x.role === s.role);
        return (
          <li key={`${s.role}-${s.partyId}`} class={s.signed ? 'signed' : ''}>
            {s.name}（{s.role === 'mediator' ? t('调解员') : s.role === 'applicant' ? t('申请人') : t('被申请人')}）：
            {signed ? t('已于 {at} 签署', { at: formatDateTime(signed.signedAt) }) : t('未签署')}
          </li>
        );
      })}
    </ul>
  );
}

function PdfButton({ id }: { id: string }) {
  const { busy, error, run } = useAction();
  async function download() {
    const blob = await run(() => agreementsApi.pdf(id));
    if (blob) saveBlob(blob, '人民调解协议书.pdf');
  }
  return (
    <>
      <button type="button" class="btn btn-small" onClick={download} disabled={busy}>{t('下载协议 PDF')}</button>
      {error && <span class="field-error">{error}</span>}
    </>
  );
}

function Comments({ a, onPosted }: { a: AgreementResponse; onPosted: (a: AgreementResponse) => void }) {
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    const next = await run(() => agreementsApi.comment(a.id, body.trim()));
    if (next) {
      setBody('');
      onPosted(next);
    }
  }
  return (
    <div class="comments">
      <h3>{t('对协议的意见')}</h3>
      {a.comments.length === 0 && <p class="muted small">{t('暂无意见。')}</p>}
      <ul>
        {a.comments.map((cm) => (
          <li key={cm.id}><strong>{cm.authorName}</strong>（{t('第 {v} 版', { v: String(cm.version) })}）：{cm.body}</li>
        ))}
      </ul>
      {a.status !== 'effective' && (
        <form onSubmit={submit} class="row">
          <input aria-label={t('写下您的意见')} value={body} maxLength={2000} onInput={(e) => setBody(e.currentTarget.value)} placeholder={t('写下您的意见')} />
          <button type="submit" class="btn btn-small" disabled={busy || !body.trim()}>{t('提交意见')}</button>
        </form>
      )}
      {error && <p class="field-error">{error}</p>}
    </div>
  );
}
