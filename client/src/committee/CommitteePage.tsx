import { useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import type { CaseSummary } from '../api/types';
import { useSession } from '../auth/session';
import { CASE_ACTIONS } from '../cases/actions';
import { CaseCard } from '../cases/CaseCard';
import { t } from '../i18n';
import { navigate, useQuery } from '../router';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, LoadError } from '../ui/Notice';
import { caseNo } from '../ui/format';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { useCaseChanges } from '../live/live';
import { AssignDialog } from './AssignDialog';
import { OverrunList } from '../mediators/OverrunList';

type Tab = 'accept' | 'assign';
const TABS: { key: Tab; label: string; status: string; empty: string }[] = [
  { key: 'accept', label: '待受理', status: 'filed', empty: '暂无待受理的申请' },
  { key: 'assign', label: '待指派', status: 'accepted', empty: '暂无待指派调解员的案件' },
];

type Open = { kind: 'accept' | 'decline' | 'assign'; c: CaseSummary } | null;

export function CommitteePage() {
  usePageTitle(t('调委会工作台'));
  const { user } = useSession();
  const tab: Tab = useQuery().get('tab') === 'assign' ? 'assign' : 'accept';
  const filed = useAsync(() => casesApi.list({ status: 'filed', pageSize: 100 }), []);
  const accepted = useAsync(() => casesApi.list({ status: 'accepted', pageSize: 100 }), []);
  const [open, setOpen] = useState<Open>(null);
  const [flash, setFlash] = useState<string>();
  const lists = { accept: filed, assign: accepted };
  const current = lists[tab];

  const reloadAll = () => {
    filed.reload();
    accepted.reload();
  };
  useCaseChanges(null, reloadAll);
  const done = (msg: string) => {
    setFlash(msg);
    reloadAll();
  };

  const dialog = open && open.kind !== 'assign' ? { kind: open.kind, c: open.c } : null;
  return (
    <section>
      <div class="page-head">
        <div>
          <h1>{t('调委会工作台')}</h1>
          {user?.organization && <p class="muted">{user.organization.name}</p>}
        </div>
        <button type="button" class="btn btn-small" onClick={reloadAll}>
          {t('刷新')}
        </button>
      </div>
      <OverrunList />
      <div class="tabs" role="tablist" aria-label={t('工作台分类')}>
        {TABS.map((x) => {
          const total = lists[x.key].data?.total;
          return (
            <button
              key={x.key}
              type="button"
              role="tab"
              id={`tab-${x.key}`}
              aria-controls={`panel-${x.key}`}
              aria-selected={tab === x.key}
              tabIndex={tab === x.key ? 0 : -1}
              class={tab === x.key ? 'tab active' : 'tab'}
              onClick={() => {
                setFlash(undefined);
                navigate(x.key === 'assign' ? '/committee?tab=assign' : '/committee', { replace: true });
              }}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const other = x.key === 'accept' ? 'assign' : 'accept';
                  navigate(other === 'assign' ? '/committee?tab=assign' : '/committee', { replace: true });
                  document.getElementById(`tab-${other}`)?.focus();
                }
              }}
            >
              {t(x.label)}
              {total !== undefined && <span class="tab-count">{total}</span>}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel">
        {flash && (
          <p class="notice notice-success" role="status">
            {flash}
          </p>
        )}
        {current.loading && !current.data && <Loading />}
        {current.error && <LoadError message={current.error.message} onRetry={current.reload} />}
        {current.data && current.data.items.length === 0 && (
          <p class="empty card">{t(TABS.find((x) => x.key === tab)!.empty)}</p>
        )}
        {current.data && current.data.items.length > 0 && (
          <ul class="case-list">
            {current.data.items.map((c) => (
              <li key={c.id}>
                <CaseCard c={c}>
                  <div class="actions">
                    {tab === 'accept' ? (
                      <>
                        {c.awaitingConsent ? (
                          <span class="muted">{t('等待被申请人同意调解')}</span>
                        ) : (
                          <button type="button" class="btn btn-primary" onClick={() => setOpen({ kind: 'accept', c })}>
                            {t('受理申请')}
                          </button>
                        )}
                        <button type="button" class="btn btn-danger" onClick={() => setOpen({ kind: 'decline', c })}>
                          {t('不予受理')}
                        </button>
                      </>
                    ) : (
                      <button type="button" class="btn btn-primary" onClick={() => setOpen({ kind: 'assign', c })}>
                        {t('指派调解员')}
                      </button>
                    )}
                  </div>
                </CaseCard>
              </li>
            ))}
          </ul>
        )}
      </div>
      {open?.kind === 'assign' && (
        <AssignDialog
          caseId={open.c.id}
          caseNumber={caseNo(open.c.caseNumber)}
          onDone={() => done(t('已为 {n} 指派调解员', { n: caseNo(open.c.caseNumber) }))}
          onClose={() => setOpen(null)}
        />
      )}
      {dialog && (
        <ActionDialog
          spec={{ ...CASE_ACTIONS[dialog.kind].spec(), title: `${CASE_ACTIONS[dialog.kind].spec().title} · ${caseNo(dialog.c.caseNumber)}` }}
          onConfirm={async (text) => {
            await CASE_ACTIONS[dialog.kind].run(dialog.c.id, text);
            done(dialog.kind === 'accept' ? t('已受理 {n}，请在“待指派”中指派调解员', { n: caseNo(dialog.c.caseNumber) }) : t('已对 {n} 作出不予受理决定', { n: caseNo(dialog.c.caseNumber) }));
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
