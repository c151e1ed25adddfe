import type { MediatorCard } from '../../../src/api-contract';
import { t } from '../i18n';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** A mediator as the directory and the ranking show him: who, where, what he is good at, and figures from his cases. */
export function MediatorCardView({ m, children }: { m: MediatorCard; children?: preact.ComponentChildren }) {
  return (
    <article class="card mediator-card" data-testid="mediator-card">
      <div class="mediator-head">
        {m.photoUrl ? (
          <img class="mediator-avatar" src={m.photoUrl} alt={t('{name}的照片', { name: m.name })} width={44} height={44} />
        ) : (
          <span class="mediator-avatar" aria-hidden="true">{m.name.slice(0, 1)}</span>
        )}
        <div>
          <h3>
            <a href={`/mediators/${m.id}`}>{m.name}</a>
          </h3>
          <p class="muted">
            {m.affiliationLabel} · {m.organizationName} · {t('从业 {n} 年', { n: m.yearsOfExperience })}
          </p>
        </div>
      </div>
      <p class="tags">
        {m.specialties.map((s) => <span class="tag" key={s}>{s}</span>)}
        {m.languages.map((l) => <span class="tag tag-lang" key={l}>{l}</span>)}
      </p>
      {m.introduction && <p>{m.introduction}</p>}
      <dl class="figures">
        <div><dt>{t('办理案件')}</dt><dd>{m.figures.casesHandled}</dd></div>
        <div><dt>{t('调解成功率')}</dt><dd>{pct(m.figures.settlementRate)}</dd></div>
        <div><dt>{t('结案天数（中位）')}</dt><dd>{m.figures.medianDaysToClose ?? '—'}</dd></div>
        <div><dt>{t('在办案件')}</dt><dd>{m.figures.openCaseload}</dd></div>
      </dl>
      {children}
    </article>
  );
}
