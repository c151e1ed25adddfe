import { useState } from 'preact/hooks';
import { metaApi } from '../api/endpoints';
import { t } from '../i18n';
import { SelectField, TextField } from '../ui/Field';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { MediatorCardView } from './MediatorCardView';
import { DirectoryFilter, mediatorsApi } from './mediators-api';
import './mediators.css';

const AFFILIATIONS = [
  { value: 'committee', label: '人民调解委员会' }, { value: 'court_invited', label: '法院特邀调解员' },
  { value: 'lawyer_studio', label: '律师调解工作室' }, { value: 'trade_body', label: '行业调解组织' },
];

/** The mediator directory: browse by category, organisation, language and a day the mediator is available. */
export function DirectoryPage() {
  usePageTitle(t('调解员名录'));
  const [filter, setFilter] = useState<DirectoryFilter>({ page: 1 });
  const page = useAsync(() => mediatorsApi.directory(filter), [JSON.stringify(filter)]);
  const categories = useAsync(() => metaApi.categories(), []);
  const set = (key: keyof DirectoryFilter) => (value: string) => setFilter({ ...filter, [key]: value || undefined, page: 1 });
  const pages = page.data ? Math.max(1, Math.ceil(page.data.total / page.data.pageSize)) : 1;
  return (
    <section>
      <h1>{t('调解员名录')}</h1>
      <form class="card filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('擅长领域')} value={filter.category ?? ''} onValue={set('category')} placeholder={t('全部')}
          options={(categories.data ?? []).map((c) => ({ value: c, label: c }))} />
        <SelectField label={t('组织类型')} value={filter.affiliation ?? ''} onValue={set('affiliation')} placeholder={t('全部')}
          options={AFFILIATIONS.map((a) => ({ value: a.value, label: t(a.label) }))} />
        <TextField label={t('语言/方言')} value={filter.language ?? ''} onValue={set('language')} placeholder="重庆话" />
        <TextField label={t('可预约日期')} type="date" value={filter.availableOn ?? ''} onValue={set('availableOn')} />
      </form>
      {page.error && <LoadError message={page.error.message} onRetry={page.reload} />}
      {!page.data && !page.error && <Loading />}
      {page.data && page.data.total === 0 && <Notice>{t('没有符合条件的调解员')}</Notice>}
      <div class="mediator-grid">
        {page.data?.items.map((m) => <MediatorCardView key={m.id} m={m} />)}
      </div>
      {page.data && pages > 1 && (
        <nav class="pager" aria-label={t('分页')}>
          <button type="button" class="btn btn-small" disabled={(filter.page ?? 1) <= 1} onClick={() => setFilter({ ...filter, page: (filter.page ?? 1) - 1 })}>{t('上一页')}</button>
          <span>{t('第 {p} / {n} 页', { p: filter.page ?? 1, n: pages })}</span>
          <button type="button" class="btn btn-small" disabled={(filter.page ?? 1) >= pages} onClick={() => setFilter({ ...filter, page: (filter.page ?? 1) + 1 })}>{t('下一页')}</button>
        </nav>
      )}
    </section>
  );
}
