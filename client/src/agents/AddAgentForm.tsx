import { useRef, useState } from 'preact/hooks';
import type { Party } from '../api/types';
import { t } from '../i18n';
import { readyToCheck } from '../cases/wizard/model';
import { SelectField, TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { UploadRow, type UploadState } from '../ui/UploadRow';
import { errorMessage } from '../ui/useAction';
import { checkUpload, hasErrors, UPLOAD_ACCEPT } from '../ui/validate';
import { checkAgent, type AgentField } from './agent-form';
import { agentsApi, type NewAgent } from './agents-api';

const EMPTY = { name: '', phone: '', idNumber: '', relation: 'relative', licenceNumber: '', lawFirm: '', authority: 'general' } as const;

/** The party names an agent: who he is, his authority, and the power of attorney (授权委托书), checked as it is typed. */
export function AddAgentForm({ caseId, parties, ownPhones, onAdded }: { caseId: string; parties: Party[]; ownPhones: string[]; onAdded: () => void }) {
  const [open, setOpen] = useState(false);
  const [agent, setAgent] = useState<NewAgent>({ ...EMPTY, partyId: parties[0].id });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [submitted, setSubmitted] = useState(false);
  const [row, setRow] = useState<{ name: string; size: number; status: UploadState } | null>(null);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const uploading = row?.status.state === 'uploading';
  const errors = checkAgent(agent, file, ownPhones.filter(Boolean));
  const shown = (key: AgentField) => (submitted || readyToCheck(key, agent[key as keyof NewAgent]) ? errors[key] : undefined);
  const set = (key: keyof NewAgent) => (value: string) => setAgent({ ...agent, [key]: value });
  const isOrganization = parties.find((p) => p.id === agent.partyId)?.type === 'organization';

  async function submit(e: Event) {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors(errors) || !file) return;
    const show = (status: UploadState) => setRow({ name: file.name, size: file.size, status });
    show({ state: 'uploading', progress: 0 });
    try {
      await agentsApi.add(caseId, agent, file, (progress) => show({ state: 'uploading', progress }));
      setAgent({ ...EMPTY, partyId: parties[0].id });
      setFile(null);
      setSubmitted(false);
      setRow(null);
      setOpen(false);
      setDone(true);
      onAdded();
    } catch (err) {
      show({ state: 'error', message: errorMessage(err) });
    }
  }

  if (!open) {
    return (
      <>
        {done && <Notice kind="success">{t('代理人已添加，等待调解员审核授权委托书；批准后代理人即可代您参与调解。')}</Notice>}
        <button type="button" class="btn" onClick={() => { setOpen(true); setDone(false); }}>
          {t('添加代理人')}
        </button>
      </>
    );
  }
  const relations = [
    { value: 'lawyer', label: t('律师') },
    { value: 'relative', label: t('近亲属') },
    ...(isOrganization ? [{ value: 'employee', label: t('员工') }] : []),
    { value: 'other', label: t('其他') },
  ];
  return (
    <form class="agent-form" onSubmit={submit} noValidate aria-label={t('添加代理人')}>
      <h3>{t('添加代理人')}</h3>
      {parties.length > 1 && (
        <SelectField label={t('被代理的当事人')} value={agent.partyId} onValue={set('partyId')} options={parties.map((p) => ({ value: p.id, label: p.name }))} error={shown('partyId')} />
      )}
      <TextField label={t('代理人姓名')} value={agent.name} onValue={set('name')} maxLength={50} autoComplete="off" error={shown('name')} />
      <TextField label={t('代理人手机号')} value={agent.phone} onValue={set('phone')} inputMode="numeric" maxLength={11} error={shown('phone')}
        hint={t('代理人用这个手机号登录（尚未注册的会收到短信）')} />
      <TextField label={t('代理人身份证号')} value={agent.idNumber} onValue={set('idNumber')} maxLength={18} autoComplete="off" error={shown('idNumber')} />
      <SelectField label={t('与当事人关系')} value={agent.relation} onValue={set('relation')} options={relations} />
      {agent.relation === 'lawyer' && (
        <>
          <TextField label={t('律师执业证号')} value={agent.licenceNumber} onValue={set('licenceNumber')} inputMode="numeric" maxLength={17} error={shown('licenceNumber')} />
          <TextField label={t('律师事务所')} value={agent.lawFirm} onValue={set('lawFirm')} maxLength={100} error={shown('lawFirm')} />
        </>
      )}
      <SelectField
        label={t('授权范围')}
        value={agent.authority}
        onValue={set('authority')}
        options={[{ value: 'general', label: t('一般授权') }, { value: 'special', label: t('特别授权') }]}
        hint={agent.authority === 'special' ? t('特别授权：代理人可以代为同意调解方案并签署调解协议') : t('一般授权：代理人可以查看案件、提交证据、参加调解，但不能代为签署调解协议')}
      />
      <div class={`field${(submitted && errors.file) || fileError ? ' field-invalid' : ''}`}>
        <label for="agent-poa">{t('授权委托书')}</label>
        <input
          ref={input}
          id="agent-poa"
          type="file"
          accept={UPLOAD_ACCEPT}
          aria-invalid={!!((submitted && errors.file) || fileError)}
          aria-describedby="agent-poa-hint"
          disabled={uploading}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0] ?? null;
            const problem = f ? checkUpload(f) : undefined;
            setFileError(problem);
            setFile(problem ? null : f);
            if (problem) e.currentTarget.value = '';
          }}
        />
        <p class="field-hint" id="agent-poa-hint">{t('请上传由当事人签名（单位盖章）的授权委托书照片或 PDF')}</p>
        {(fileError || (submitted && errors.file)) && <p class="field-error">{fileError ?? errors.file}</p>}
      </div>
      {row && (
        <ul class="upload-list">
          <UploadRow name={row.name} size={row.size} status={row.status} />
        </ul>
      )}
      <div class="agency-actions">
        <button type="button" class="btn" onClick={() => setOpen(false)} disabled={uploading}>
          {t('取消')}
        </button>
        <button type="submit" class="btn btn-primary" disabled={uploading}>
          {uploading ? t('上传中…') : t('提交审核')}
        </button>
      </div>
    </form>
  );
}
