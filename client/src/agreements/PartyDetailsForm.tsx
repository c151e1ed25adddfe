import { useState } from 'preact/hooks';
import type { Party } from '../api/types';
import { t } from '../i18n';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { agreementsApi } from './agreements-api';

/** A party gives its own domicile (住所), address for service (送达地址) and says whether it accepts 电子送达. */
export function PartyDetailsForm({ caseId, me, onSaved }: { caseId: string; me: Party; onSaved: () => void }) {
  const [domicile, setDomicile] = useState(me.domicile ?? '');
  const [serviceAddress, setServiceAddress] = useState(me.serviceAddress ?? '');
  const [consent, setConsent] = useState<boolean | null>(me.eServiceConsent);
  const [representativeName, setRepresentativeName] = useState(me.representativeName ?? '');
  const org = me.type === 'organization';
  const { busy, error, run } = useAction();

  async function submit(e: Event) {
    e.preventDefault();
    if (consent === null) return;
    const saved = await run(() => agreementsApi.saveDetails(caseId, me.id, {
      domicile, serviceAddress, eServiceConsent: consent,
      ...(org && representativeName.trim() ? { representativeName: representativeName.trim(), representativeTitle: '法定代表人' } : {}),
    }));
    if (saved) onSaved();
  }

  return (
    <form class="party-details card-inset" onSubmit={submit} aria-label={t('我的送达信息')}>
      <h3>{t('我的住所与送达地址')}</h3>
      <p class="muted small">{t('将写入调解协议；法院和调委会按送达地址向您送达文书。')}</p>
      <TextField label={t('住所')} value={domicile} onValue={setDomicile} required maxLength={200} />
      <TextField label={t('送达地址')} value={serviceAddress} onValue={setServiceAddress} required maxLength={200} />
      {org && <TextField label={t('法定代表人')} value={representativeName} onValue={setRepresentativeName} maxLength={50} />}
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
