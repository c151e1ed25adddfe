import { useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import { useSession } from '../auth/session';
import { t } from '../i18n';
import { Loading, LoadError } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { useCaseChanges } from '../live/live';
import { CaseCard } from './CaseCard';

const PAGE_SIZE = 20;

export function CaseListPage() {
  usePageTitle(t('我的案件'));
  const { user } = useSession();
  const [page, setPage] = useState(1);
  const list = useAsync(() => casesApi.list({ page, pageSize: PAGE_SIZE }), [page]);
  useCaseChanges(null, list.reload);
  const canFile = user?.role === 'party';
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <section>
      <div class="page-head">
        <h1>{t('我的案件')}</h1>
        {canFile && list.data && list.data.total > 0 && (
          <a class="btn btn-primary" href="/cases/new">
            {t('申请调解')}
          </a>
        )}
      </div>
      {list.loading && !list.data && <Loading />}
      {list.error && <LoadError message={list.error.message} onRetry={list.reload} />}
      {list.data && list.data.items.length === 0 && (
        <div class="empty card">
          <p class="empty-title">{t('您还没有调解案件')}</p>
          {canFile ? (
            <>
              <p>{t('遇到纠纷？在线提交调解申请，调解委员会将免费为您调解。')}</p>
              <a class="btn btn-primary" href="/cases/new">
                {t('申请调解')}
              </a>
            </>
          ) : (
            <p>{t('分配给您的案件会显示在这里。')}</p>
          )}
        </div>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <ul class="case-list" aria-label={t('案件列表')}>
            {list.data.items.map((c) => (
              <li key={c.id}>
                <CaseCard c={c} />
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav class="pager" aria-label={t('分页')}>
              <button class="btn" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('上一页')}
              </button>
              <span>{t('第 {page} / {pages} 页，共 {total} 件', { page, pages, total: list.data.total })}</span>
              <button class="btn" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('下一页')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
