/** Small pieces shared by pages: stars, tier badge, outcome badge, the period picker. */
import { dynamicLabel, type T } from './i18n.ts';

export function Stars({ n }: { n: number | null }) {
  if (n === null) return <span class="muted">–</span>;
  return (
    <span class="stars" aria-label={`${n}/5`} data-stars={String(n)}>
      {'★'.repeat(n)}
      <span class="off">{'★'.repeat(5 - n)}</span>
    </span>
  );
}

export function TierBadge({ t, tier }: { t: T; tier: string }) {
  return <span class={`badge tier-${tier}`} data-tier={tier}>{dynamicLabel(t, `tier_${tier}`, tier)}</span>;
}

export function OutcomeBadge({ t, outcome }: { t: T; outcome: string }) {
  return <span class={`badge o-${outcome}`}>{dynamicLabel(t, `outcome_${outcome}`, outcome)}</span>;
}

/** A GET form choosing the period (and keeping other query values as hidden fields). */
export function PeriodPicker({ t, action, period, keep = {} }: { t: T; action: string; period: string; keep?: Record<string, string | undefined> }) {
  return (
    <form class="filters" method="get" action={action}>
      <label>
        {t('period')} <input type="text" name="period" value={period} size={22} />
      </label>
      {Object.entries(keep).filter(([, v]) => v).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
      <button type="submit" class="primary">{t('show')}</button>
    </form>
  );
}
