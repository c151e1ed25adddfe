import { t } from '../i18n';
import { formatFen } from '../ui/format';

/** The dispute as filed, inside a `<dl class="kv">`: on the case page and on the invitation page. */
export function DisputeFacts({ c }: { c: { category: string; disputeDate: string; claimAmountFen: number; facts: string; claims: string } }) {
  return (
    <>
      <dt>{t('案由')}</dt>
      <dd>{c.category}</dd>
      <dt>{t('纠纷发生日期')}</dt>
      <dd>{c.disputeDate}</dd>
      <dt>{t('请求金额')}</dt>
      <dd>{formatFen(c.claimAmountFen)}</dd>
      <dt>{t('事实与理由')}</dt>
      <dd class="prewrap">{c.facts}</dd>
      <dt>{t('调解请求')}</dt>
      <dd class="prewrap">{c.claims}</dd>
    </>
  );
}
