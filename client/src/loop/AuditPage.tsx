import { useState } from 'preact/hooks';
import type { AuditPage as Page, AuditRecordResponse, AuditVerification } from '../../../src/api-contract';
import { t } from '../i18n';
import { TextField } from '../ui/Field';
import { formatDateTime } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { auditApi, type AuditFilters } from './loop-api';
import './loop.css';

const ENTITIES = ['case', 'personal_data', 'referral', 'agreement', 'court_application', 'session', 'user', 'organization', 'service_record'];
const NO_FILTERS: AuditFilters = { action: '', entity: '', entityId: '', actorId: '', from: '', to: '' };

/** The chain check, the same as `npm run audit:verify`: the first broken place in words, or all is well. */
function ChainCheck() {
  const [result, setResult] = useState<AuditVerification>();
  const { busy, error, run } = useAction();
  return (
    <div class="card section audit-verify" aria-label={t('哈希链校验')}>
      <h2>{t('哈希链校验')}</h2>
      <p class="muted">{t('逐批重算已封存记录的哈希并与链上的值比对；任何一条记录被修改、删除或在封存后补入，都会在这里指出第一处。')}</p>
      <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void run(() => auditApi.verify()).then((r) => r && setResult(r))}>
        {busy ? t('校验中…') : t('校验哈希链')}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
      {result && (
        <div data-testid="chain-result">
          {result.ok ? (
            <Notice kind="success">{t('校验通过：{seals} 个封存批次、{records} 条记录完整无篡改。', { seals: result.seals, records: result.records })}</Notice>
          ) : (
            <Notice kind="error">
              <span><strong>{t('校验失败')}</strong>：{result.firstBreak}</span>
            </Notice>
          )}
        </div>
      )}
    </div>
  );
}

function Row({ r, onActor }: { r: AuditRecordResponse; onActor: (id: string) => void }) {
  return (
    <tr data-testid="audit-row">
      <td class="mono">{r.id}</td>
      <td class="nowrap">{formatDateTime(r.createdAt)}</td>
      <td>{r.actorId ? <button type="button" class="btn-link" title={t('只看此人的操作')} onClick={() => onActor(r.actorId!)}>{r.actorName ?? r.actorId}</button> : t('系统')}</td>
      <td class="mono">{r.action}</td>
      <td>{r.entity}<br /><span class="mono small muted">{r.entityId}</span></td>
      <td class="mono small">{r.ip ?? '—'}</td>
      <td><details><summary>{t('详情')}</summary><pre class="audit-data">{JSON.stringify(r.data, null, 2)}</pre></details></td>
      <td>{r.sealed ? <span class="badge badge-success">{t('已封存')}</span> : <span class="badge badge-muted">{t('待封存')}</span>}</td>
    </tr>
  );
}

/** 审计日志 (admins): every state change and every view of personal data, newest first, with the hash-chain check. */
export function AuditPage() {
  usePageTitle(t('审计日志'));
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [older, setOlder] = useState<AuditRecordResponse[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const page = useAsync(async () => {
    const p: Page = await auditApi.page(filters);
    setOlder([]);
    setNext(p.next);
    return p;
  }, [filters]);
  const more = useAction();
  const set = (k: keyof AuditFilters) => ({ value: draft[k] ?? '', onValue: (v: string) => setDraft({ ...draft, [k]: v }) });
  const apply = (f: AuditFilters) => {
    setDraft(f);
    setFilters(f);
  };
  const rows = [...(page.data?.items ?? []), ...older];

  return (
    <section class="audit">
      <div class="page-head">
        <h1>{t('审计日志')}</h1>
        <button type="button" class="btn btn-small" onClick={() => void auditApi.export(filters)}>{t('导出 CSV')}</button>
      </div>
      <ChainCheck />
      <form class="card section audit-filters" aria-label={t('筛选')} onSubmit={(e) => { e.preventDefault(); apply({ ...draft }); }}>
        <div class="filter-grid">
          <TextField label={t('操作')} placeholder="case.accept" {...set('action')} />
          <TextField label={t('对象类型')} list="audit-entities" placeholder="case" {...set('entity')} />
          <TextField label={t('对象编号')} {...set('entityId')} />
          <TextField label={t('操作人编号')} {...set('actorId')} />
          <TextField label={t('起始日期')} type="date" {...set('from')} />
          <TextField label={t('截止日期')} type="date" {...set('to')} />
        </div>
        <datalist id="audit-entities">{ENTITIES.map((e) => <option key={e} value={e} />)}</datalist>
        <div class="row wrap">
          <button type="submit" class="btn btn-primary btn-small">{t('筛选')}</button>
          <button type="button" class="btn btn-small" onClick={() => apply(NO_FILTERS)}>{t('清除筛选')}</button>
        </div>
      </form>
      {page.error && <LoadError message={page.error.message} onRetry={page.reload} />}
      {!page.data && !page.error && <Loading />}
      {page.data && !rows.length && <p class="muted">{t('没有符合条件的记录')}</p>}
      {rows.length > 0 && (
        <div class="table-scroll">
          <table class="audit-table">
            <thead>
              <tr><th>{t('编号')}</th><th>{t('时间')}</th><th>{t('操作人')}</th><th>{t('操作')}</th><th>{t('对象')}</th><th>IP</th><th>{t('详情')}</th><th>{t('封存')}</th></tr>
            </thead>
            <tbody>{rows.map((r) => <Row key={r.id} r={r} onActor={(actorId) => apply({ ...NO_FILTERS, actorId })} />)}</tbody>
          </table>
        </div>
      )}
      {more.error && <Notice kind="error">{more.error}</Notice>}
      {next && (
        <button type="button" class="btn" disabled={more.busy} onClick={() => void more.run(async () => {
          const p = await auditApi.page({ ...filters, before: next });
          setOlder([...older, ...p.items]);
          setNext(p.next);
        })}>{more.busy ? t('加载中…') : t('更早的记录')}</button>
      )}
    </section>
  );
}
