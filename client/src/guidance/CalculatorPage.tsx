import { useState } from 'preact/hooks';
import { guidanceApi } from '../api/endpoints';
import type { CourtFee } from '../api/types';
import { t } from '../i18n';
import { TextField } from '../ui/Field';
import { formatFen, parseYuanToFen } from '../ui/format';
import { Notice } from '../ui/Notice';
import { errorMessage } from '../ui/useAction';
import { usePageTitle } from '../ui/usePageTitle';

/** 计算器 (no login): the court fee if the dispute went to court, and an amount in words (大写金额). */
export function CalculatorPage() {
  usePageTitle(t('计算器'));
  const [amount, setAmount] = useState('');
  const [category, setCategory] = useState('');
  const [fee, setFee] = useState<CourtFee>();
  const [words, setWords] = useState<string>();
  const [error, setError] = useState<string>();

  async function calculate(e: Event) {
    e.preventDefault();
    const fen = parseYuanToFen(amount);
    if (fen === null) {
      setError(t('请输入有效金额，最多两位小数'));
      return;
    }
    setError(undefined);
    try {
      const [f, w] = await Promise.all([guidanceApi.courtFee(fen, category || undefined), guidanceApi.amountInWords(fen)]);
      setFee(f);
      setWords(w.text);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section class="calculator">
      <h1>{t('计算器')}</h1>
      <p class="muted">{t('诉讼费（案件受理费）和大写金额。人民调解不收取任何费用，司法确认也不收费。')}</p>
      <form class="card form-grid" noValidate onSubmit={calculate}>
        <TextField label={t('金额（元）')} inputMode="decimal" placeholder="300000" autoComplete="off" value={amount} onValue={setAmount} error={error} />
        <div class="field">
          <label for="calc-kind">{t('案件类型')}</label>
          <select id="calc-kind" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">{t('财产案件（借款、合同、赔偿等）')}</option>
            <option value="劳动争议">{t('劳动争议')}</option>
            <option value="婚姻家庭">{t('离婚（金额填分割的财产总额）')}</option>
          </select>
        </div>
        <div class="span-2">
          <button type="submit" class="btn btn-primary">{t('计算')}</button>
        </div>
      </form>
      {fee && (
        <section class="card" aria-live="polite" data-testid="calculator-result">
          <h2>{t('计算结果')}</h2>
          <dl class="kv">
            <dt>{t('大写金额')}</dt>
            <dd data-testid="amount-in-words">{words}</dd>
            <dt>{t('案件受理费')}</dt>
            <dd data-testid="calc-fee">{formatFen(fee.feeFen)}{fee.feeMaxFen !== fee.feeFen ? ` – ${formatFen(fee.feeMaxFen)}` : ''}</dd>
            <dt>{t('调解结案或撤诉（减半）')}</dt>
            <dd data-testid="calc-fee-mediated">{formatFen(fee.mediatedFeeFen)}</dd>
            <dt>{t('简易程序（减半）')}</dt>
            <dd>{formatFen(fee.simplifiedFeeFen)}</dd>
            <dt>{t('人民调解 / 司法确认')}</dt>
            <dd>{t('免费')}</dd>
          </dl>
          <p class="muted small">{t('依据')}：{fee.basis}</p>
        </section>
      )}
      <Notice kind="info">{t('计算结果仅供参考；实际收费以法院通知为准。')}</Notice>
    </section>
  );
}
