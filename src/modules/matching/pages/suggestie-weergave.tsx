import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Locale } from '../../../platform/i18n.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { formatMoment } from '../../audit/index.ts';
import type { KoppelingStatus } from '../../koppelingen/schema.ts';
import type { SuggestieWeergave } from '../queries.ts';
import { uitlegRegels } from '../uitleg.ts';
import { ScoreOpbouw, scoreSleutel } from './score-opbouw.tsx';
import { inTaal as gedeeldInTaal } from '../../../web/in-taal.ts';

/** Shared parts of the suggestion pages: one suggestion with its score, explanation, breakdown and action. */

export const pad = (c: Context<AppEnv>, path: string) => localizedPath(c.var.locale, path);

/** Text in the page's language, else the other one, with the lang attribute it then needs. */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { tekst: string | null; lang: string | undefined } {
  const { text, lang } = gedeeldInTaal(locale, nl, en);
  return { tekst: text, lang };
}


export { scoreSleutel };

export function Score({ score }: { score: number }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <strong class="ip-score" data-score={score.toFixed(3)}>
      {t('werkbank.score.weergave', { procent: Math.round(score * 100), label: t(`werkbank.score.${scoreSleutel(score)}`) })}
    </strong>
  );
}

/** When the list was computed, and the button that recomputes it now (a POST, with the CSRF field). */
export function Berekend({ op, actie, verborgen = {} }: { op: Date | null; actie: string; verborgen?: Record<string, string> }) {
  const c = useRequestContext<AppEnv>();
  const { t, locale } = c.var;
  return (
    <form method="post" action={actie} class="ip-inline-form">
      <input type="hidden" name="_csrf" value={c.var.csrfToken} />
      {Object.entries(verborgen).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <p class="utrecht-paragraph">
        {op ? t('werkbank.suggesties.berekendOp', { moment: formatMoment(op, locale) }) : t('werkbank.suggesties.nogNietBerekend')}{' '}
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t('werkbank.suggesties.herberekenen')}
        </button>
      </p>
    </form>
  );
}


export type LevendeKoppeling = { id: string; status: KoppelingStatus };

/** What can be done with one suggestion: open the live koppeling, or start one (introduce or propose). */
export type SuggestieActie = { soort: 'koppeling'; koppeling: LevendeKoppeling } | { soort: 'introduceren' | 'voorstellen'; href: string } | null;

export function Actie({ actie, titelId }: { actie: SuggestieActie; titelId: string }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  if (!actie) return null;
  if (actie.soort === 'koppeling') {
    return (
      <p class="utrecht-paragraph">
        {t('werkbank.suggesties.koppelingBestaat', { status: t(`werkbank.koppelingStatus.${actie.koppeling.status}`) })}{' '}
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/koppelingen/${actie.koppeling.id}`)} aria-describedby={titelId}>
          {t('werkbank.suggesties.koppelingBekijken')}
        </a>
      </p>
    );
  }
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={localizedPath(locale, actie.href)} aria-describedby={titelId}>
        {t(`werkbank.actie.${actie.soort}`)}
      </a>
    </p>
  );
}

/** The URL that proposes or introduces a koppeling (helper C's page, contracts). */
export const nieuweKoppelingPad = (vraagstukId: string, soort: string, kandidaatId: string) =>
  `/koppelingen/nieuw?${new URLSearchParams({ vraagstuk: vraagstukId, soort, kandidaat: kandidaatId }).toString()}`;

/** One ranked suggestion: candidate (linked), subtitle, score in words, the top reasons, the breakdown, the action. */
export function SuggestieItem({ s, id, actie, kop = 'h3' }: { s: SuggestieWeergave; id: string; actie: SuggestieActie; kop?: 'h2' | 'h3' | 'h4' }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const regels = uitlegRegels(s.signalen, t);
  const Kop = kop;
  const titelId = `${id}-titel`;
  return (
    <li class="ip-result">
      <Kop class={`utrecht-heading-${kop.slice(1)} ip-result__title`} id={titelId}>
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, s.kandidaat.pad)}>
          {s.kandidaat.titel}
        </a>
      </Kop>
      <p class="utrecht-paragraph ip-result__meta">
        {s.kandidaat.ondertitel ? `${s.kandidaat.ondertitel} · ` : ''}
        <Score score={s.score} />
      </p>
      {regels.length > 0 ? (
        <Uitleg regels={regels} />
      ) : (
        <p class="utrecht-paragraph">{t('werkbank.suggesties.geenUitleg')}</p>
      )}
      <ScoreOpbouw signalen={s.signalen} id={`${id}-opbouw`} naam={s.kandidaat.titel} />
      <Actie actie={actie} titelId={titelId} />
    </li>
  );
}

function Uitleg({ regels }: { regels: string[] }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <>
      <p class="utrecht-paragraph">{t('werkbank.suggesties.waarom')}</p>
      <ul class="utrecht-unordered-list">
        {regels.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
    </>
  );
}

/** A list of suggestions, best first (an ordered list: the order is the ranking). */
export function SuggestieLijst({ children }: { children: Child }) {
  return <ol class="ip-results">{children}</ol>;
}
