import { useState } from 'preact/hooks';
import type { Party } from '../api/types';
import { t } from '../i18n';
import { SelectField, TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { agreementsApi } from './agreements-api';

/** A party gives its own domicile (住所), address for service (送达地址) and says whether it accepts 电子送达. */
export function PartyDetailsForm({ caseId, me, onSaved }: { caseId: string; me: Party; onSaved: () => void }) {
  const [domicile, setDomicile] = useState(me.domicile ?? '');
  const [serviceAddress, setServiceAddress] = useState(me.serviceAddress ?? '');
  const [consent, setConsent] = useState<boolean | null>(me.eServiceConsent);
  const [representativeName, setRepresentativeName] = useState(me.representativeName ?? '');
  const [representativeTitle, setRepresentativeTitle] = useState(me.representativeTitle ?? '法定代表人');
  const [seal, setSeal] = useState<string | null>(null);
  const [sealError, setSealError] = useState<string>();
  const org = me.type === 'organization';
  const { busy, error, run } = useAction();

  // The seal as the organisation scanned it: a PNG (transparent background looks best), at most 200 KB.
  function pickSeal(file: File | undefined) {
    setSealError(undefined);
    if (!file) return;
    if (file.type !== 'image/png') return setSealError(t('印章图片须为 PNG 格式'));
    if (file.size > 200 * 1024) return setSealError(t('印章图片不能超过 200 KB'));
    const reader = new FileReader();
    reader.onload = () => setSeal(String(reader.result));
    reader.readAsDataURL(file);
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (consent === null) return;
    const saved = await run(() => agreementsApi.saveDetails(caseId, me.id, {
      domicile, serviceAddress, eServiceConsent: consent,
      ...(org && representativeName.trim() ? { representativeName: representativeName.trim(), representativeTitle } : {}),
      ...(org && seal ? { sealImage: seal } : {}),
    }));
    if (saved) onSaved();
  }

  return (
    <form class="party-details card-inset" onSubmit={submit} aria-label={me.isMe ? t('我的送达信息') : t('{name} 的送达信息', { name: me.name })}>
      <h3>{me.isMe ? t('我的住所与送达地址') : t('{name} 的住所与送达地址（代理人填写）', { name: me.name })}</h3>
      <p class="muted small">{t('将写入调解协议；法院和调委会按送达地址向您送达文书。')}</p>
      <TextField label={t('住所')} value={domicile} onValue={setDomicile} required maxLength={200} />
      <TextField label={t('送达地址')} value={serviceAddress} onValue={setServiceAddress} required maxLength={200} />
      {org && (
        <fieldset class="field organization-signer" data-testid="organization-signer">
          <legend>{t('代表单位签署的人')}</legend>
          <SelectField label={t('身份')} value={representativeTitle} onValue={setRepresentativeTitle}
            options={[{ value: '法定代表人', label: t('法定代表人') }, { value: '负责人', label: t('负责人') }, { value: '授权代表', label: t('授权代表') }]} />
          <TextField label={t('代表人姓名')} value={representativeName} onValue={setRepresentativeName} maxLength={50} required />
          <label class="field">
            <span>{t('单位印章（PNG）')}</span>
            <input type="file" accept="image/png" aria-label={t('单位印章（PNG）')} onChange={(e) => pickSeal(e.currentTarget.files?.[0])} />
            {sealError && <span class="field-error" role="alert">{sealError}</span>}
          </label>
          {(seal || me.hasSeal) && (
            <p class="muted small" data-testid="seal-on-file">
              {seal ? <img src={seal} alt={t('单位印章')} class="seal-preview" /> : null}
              {seal ? t('保存后，印章将加盖在代表人签名旁。') : t('已上传单位印章；再次选择可替换。')}
            </p>
          )}
          {me.representativeTitle === '授权代表' && <p class="muted small">{t('授权代表签署的，请将单位出具的授权委托书作为证据上传。')}</p>}
        </fieldset>
      )}
      <fieldset class="field">
        <legend>{t('是否同意电子送达（短信、本平台）')}</legend>
        <label><input type="radio" name="eservice" checked={consent === true} onChange={() => setConsent(true)} /> {t('同意电子送达')}</label>
        <label><input type="radio" name="eservice" checked={consent === false} onChange={() => setConsent(false)} /> {t('不同意')}</label>
      </fieldset>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="submit" class="btn" disabled={busy || consent === null || !domicile.trim() || !serviceAddress.trim()}>{t('保存送达信息')}</button>
    </form>
  );
}
