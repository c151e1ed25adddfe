import { useState } from 'preact/hooks';
import { guidanceApi, metaApi, type SimilarQuery } from '../api/endpoints';
import type { SimilarCases } from '../api/types';
import { t } from '../i18n';
import { SelectField, TextField } from '../ui/Field';
import { parseYuanToFen } from '../ui/format';
import { Loading, Notice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { errorMessage } from '../ui/useAction';
import { usePageTitle } from '../ui/usePageTitle';
import { SimilarCaseItem } from './GuidancePanel';

/** 类案检索 for mediators: anonymised closed cases and imported public summaries, filtered by category, amount, date. */
export function SimilarCasesPage() {
  usePageTitle(t('类案检索'));
  const categories = useAsync(() => metaApi.categories(), []);
  const [form, setForm] = useState({ q: '', category: '', min: '', max: '', from: '', to: '' });
  const [result, setResult] = useState<SimilarCases>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  async function search(e: Event) {
    e.preventDefault();
    const query: SimilarQuery = { q: form.q.trim(), category: form.category || undefined, from: form.from || undefined, to: form.to || undefined };
    if (form.min) query.minFen = parseYuanToFen(form.min) ?? -1;
    if (form.max) query.maxFen = parseYuanToFen(form.max) ?? -1;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await guidanceApi.similar(query));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <h1>{t('类案检索')}</h1>
      <form class="card form-grid" noValidate onSubmit={search}>
        <TextField label={t('关键词')} class="span-2" value={form.q} onValue={set('q')} placeholder={t('例如：借条 到期未还')} />
        <SelectField label={t('案由')} value={form.category} onValue={set('category')} placeholder={t('全部')}
          options={(categories.data ?? []).map((c) => ({ value: c, label: c }))} />
        <div class="form-pair">
          <TextField label={t('金额下限（元）')} inputMode="decimal" value={form.min} onValue={set('min')} />
          <TextField label={t('金额上限（元）')} inputMode="decimal" value={form.max} onValue={set('max')} />
        </div>
        <TextField label={t('结案日期起')} type="date" value={form.from} onValue={set('from')} />
        <TextField label={t('结案日期止')} type="date" value={form.to} onValue={set('to')} />
        <div class="span-2">
          <button type="submit" class="btn btn-primary" disabled={busy}>{t('检索')}</button>
        </div>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {busy && <Loading />}
      {result && (
        <section class="card" data-testid="similar-results">
          <p class="muted">
            {t('分词：{w}；共比较 {n} 件候选案件', { w: result.terms.join(' / '), n: result.candidates })}
          </p>
          {result.items.length ? (
            <ul class="plain-list">{result.items.map((c) => <SimilarCaseItem key={c.id} c={c} />)}</ul>
          ) : (
            <p class="muted">{t('没有找到类似案例。')}</p>
          )}
        </section>
      )}
    </section>
  );
}
