import { useState } from 'preact/hooks';
import { metaApi } from '../api/endpoints';
import { t } from '../i18n';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { formatFen, parseYuanToFen, todayInShanghai } from '../ui/format';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { checkPhone, checkRequired, hasErrors, MAX_UPLOAD_BYTES } from '../ui/validate';
import { referralsApi } from './loop-api';

// What the referrals API stores (src/referrals: PDF, PNG, JPEG, text).
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.txt';
const checkAttachment = (f: File) =>
  !/\.(pdf|png|jpe?g|txt)$/i.test(f.name) ? t('仅支持 PDF、PNG、JPG、TXT 文件')
    : f.size > MAX_UPLOAD_BYTES ? t('文件过大，单个文件不能超过 20 MB') : f.size === 0 ? t('文件为空') : undefined;

const EMPTY = {
  committeeId: '', category: '', facts: '', claims: '', amount: '', disputeDate: '', referenceId: '',
  applicantName: '', applicantPhone: '', respondentName: '', respondentPhone: '',
};
type Draft = typeof EMPTY;
type Key = keyof Draft;

function validate(d: Draft): Partial<Record<Key, string>> {
  return {
    committeeId: d.committeeId ? undefined : t('请选择调解委员会'),
    category: d.category ? undefined : t('请选择案由'),
    facts: checkRequired(d.facts, t('请填写纠纷情况'), 5000),
    claims: checkRequired(d.claims, t('请填写当事人诉求'), 2000),
    amount: parseYuanToFen(d.amount || '0') === null ? t('请输入有效金额，如 300000、30万 或 1234.56') : undefined,
    disputeDate: d.disputeDate ? undefined : t('请填写纠纷发生日期'),
    applicantName: checkRequired(d.applicantName, t('请输入姓名'), 50),
    applicantPhone: checkPhone(d.applicantPhone),
    respondentName: checkRequired(d.respondentName, t('请输入姓名'), 50),
    respondentPhone: checkPhone(d.respondentPhone),
  };
}

/** 提交转办: a partner body refers a dispute to a committee, with the parties' contacts and files. */
export function ReferralForm({ onFiled }: { onFiled: (message: string) => void }) {
  const committees = useAsync(() => metaApi.committees(), []);
  const categories = useAsync(() => metaApi.categories(), []);
  const [d, setD] = useState<Draft>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [inputKey, setInputKey] = useState(0); // a new file input after each referral (an input's files cannot be cleared)
  const [errors, setErrors] = useState<Partial<Record<Key | 'files', string>>>({});
  const { busy, error, run } = useAction();
  const field = (k: Key) => ({ value: d[k], error: errors[k], onValue: (v: string) => { setD({ ...d, [k]: v }); setErrors({ ...errors, [k]: undefined }); } });

  async function submit(e: Event) {
    e.preventDefault();
    const found = validate(d);
    if (hasErrors(found)) return setErrors(found);
    const filed = await run(async () => {
      const referral = await referralsApi.file({
        committeeId: d.committeeId, category: d.category, facts: d.facts.trim(), claims: d.claims.trim(),
        claimAmountFen: parseYuanToFen(d.amount || '0') ?? 0, disputeDate: d.disputeDate, referenceId: d.referenceId.trim() || undefined,
        applicant: { name: d.applicantName.trim(), phone: d.applicantPhone.trim() },
        respondents: [{ name: d.respondentName.trim(), phone: d.respondentPhone.trim() }],
      });
      for (const file of files) await referralsApi.attach(referral.id, file);
      return referral;
    });
    if (!filed) return;
    setD(EMPTY);
    setFiles([]);
    setInputKey((n) => n + 1);
    onFiled(t('已转办至{committee}，调委会处理后您会收到通知。', { committee: filed.committeeName }));
  }

  const amountFen = parseYuanToFen(d.amount);
  return (
    <form class="card section referral-form" onSubmit={submit} noValidate aria-label={t('提交转办')}>
      <h2>{t('提交转办')}</h2>
      <p class="muted">{t('把辖区内适合人民调解的纠纷转给调解委员会；调委会受理后当事人会收到短信，进度在下方列表中可查。')}</p>
      <div class="form-grid">
        <SelectField label={t('调解委员会')} placeholder={t('请选择调解委员会')} {...field('committeeId')}
          options={(committees.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))} />
        <SelectField label={t('案由')} placeholder={t('请选择案由')} {...field('category')}
          options={(categories.data ?? []).map((c) => ({ value: c, label: c }))} />
        <TextArea label={t('纠纷情况')} class="span-2" rows={4} maxLength={5000} {...field('facts')}
          hint={t('时间、地点、双方关系、经过，以及已做过的工作')} />
        <TextArea label={t('当事人诉求')} class="span-2" rows={2} maxLength={2000} {...field('claims')} />
        <TextField label={t('标的额（元）')} inputMode="decimal" {...field('amount')}
          hint={amountFen ? t('即 {amount}', { amount: formatFen(amountFen) }) : t('可填 300000 或 30万；无金额请求请填 0')} />
        <TextField label={t('纠纷发生日期')} type="date" max={todayInShanghai()} {...field('disputeDate')} />
        <TextField label={t('申请人姓名')} autoComplete="off" {...field('applicantName')} />
        <TextField label={t('申请人手机号')} inputMode="tel" autoComplete="off" {...field('applicantPhone')} />
        <TextField label={t('被申请人姓名')} autoComplete="off" {...field('respondentName')} />
        <TextField label={t('被申请人手机号')} inputMode="tel" autoComplete="off" {...field('respondentPhone')} />
        <TextField label={t('本单位编号（选填）')} {...field('referenceId')} hint={t('如网格事件号、接警单号；同一编号只转办一次')} />
        <div class={`field${errors.files ? ' field-invalid' : ''}`}>
          <label for="referral-files">{t('附件（选填）')}</label>
          <input key={inputKey} id="referral-files" type="file" multiple accept={ACCEPT}
            onChange={(e) => {
              const picked = Array.from(e.currentTarget.files ?? []);
              const bad = picked.map(checkAttachment).find(Boolean);
              setErrors({ ...errors, files: bad });
              setFiles(bad ? [] : picked);
            }} />
          {errors.files ? <p class="field-error">{errors.files}</p> : <p class="field-hint">{t('询问笔录、现场照片等，PDF、图片或文本，单个不超过 20 MB')}</p>}
        </div>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? t('处理中…') : t('提交转办')}</button>
    </form>
  );
}
