import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { formatDay } from '../../audit/index.ts';
import { isUuid } from '../../vraagstukken/index.ts';
import type { CommandContext } from '../commands/context.ts';
import { mayReadKoppeling } from '../policy.ts';
import { koppelingOphalen, type Kandidaat, type KoppelingVolledig, type Persoon } from '../queries.ts';
import type { KoppelingStatus } from '../schema.ts';
import { inTaal } from '../../../web/in-taal.ts';
import { Gegeven, Melding } from '../../../web/components/alerts.tsx';
export { Gegeven, Melding };

/** Shared bits of the koppeling pages. */

export const commandContext = (c: Context<AppEnv>): CommandContext => ({
  actor: c.var.actor,
  requestId: c.var.requestId,
  mail: { mailer: c.var.deps.mailer, config: c.var.deps.config },
});

export const pad = (c: Context<AppEnv>, path: string) => localizedPath(c.var.locale, path);

/** The koppeling in the path, if the actor may read it; otherwise it does not exist for them (404). */
export async function leesbareKoppeling(c: Context<AppEnv>): Promise<KoppelingVolledig> {
  const id = c.req.param('id') ?? '';
  const k = isUuid(id) ? await koppelingOphalen(c.var.deps.database.db, id) : undefined;
  if (!k || !mayReadKoppeling(c.var.actor, k)) throw new NotFoundError();
  return k;
}

export { inTaal };

export function Titel({ nl, en }: { nl: string | null; en: string | null }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const titel = inTaal(locale, nl, en);
  return titel.lang ? <span lang={titel.lang}>{titel.text}</span> : <>{titel.text ?? t('koppelingen.zonderTitel')}</>;
}

/** A title as plain text (document titles and breadcrumbs cannot carry a lang attribute). */
export const titelTekst = (c: Context<AppEnv>, nl: string | null, en: string | null): string => inTaal(c.var.locale, nl, en).text ?? c.var.t('koppelingen.zonderTitel');

export function kandidaatTitelTekst(c: Context<AppEnv>, k: Kandidaat): string {
  if (k.soort === 'aanbod') return titelTekst(c, k.titelNl, k.titelEn);
  return k.naam ?? c.var.t(k.verwijderd ? 'koppelingen.verwijderdePersoon' : 'koppelingen.zonderTitel');
}

/** "<vraagstuk> en <kandidaat>": how a koppeling is named in titles and breadcrumbs. */
export const koppelingNaam = (c: Context<AppEnv>, k: KoppelingVolledig): string =>
  c.var.t('koppelingen.naam', { vraagstuk: titelTekst(c, k.vraagstuk.titelNl, k.vraagstuk.titelEn), kandidaat: kandidaatTitelTekst(c, k.kandidaat) });

/** The candidate's title or name, linked when its page is public, with its kind and organisatie. */
export function KandidaatVerwijzing({ kandidaat, metSoort = true }: { kandidaat: Kandidaat; metSoort?: boolean }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const naam =
    kandidaat.soort === 'aanbod' ? <Titel nl={kandidaat.titelNl} en={kandidaat.titelEn} /> : <>{kandidaat.naam ?? t(kandidaat.verwijderd ? 'koppelingen.verwijderdePersoon' : 'koppelingen.zonderTitel')}</>;
  const soort = kandidaat.aanbodSoort ? t(`marktplaats.aanbodSoort.${kandidaat.aanbodSoort}`) : t(`koppelingen.soort.${kandidaat.soort}`);
  const extra = [metSoort ? soort : null, kandidaat.organisatieNaam].filter(Boolean).join(', ');
  return (
    <>
      {kandidaat.pad ? (
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, kandidaat.pad)}>
          {naam}
        </a>
      ) : (
        naam
      )}
      {extra ? ` (${extra})` : null}
    </>
  );
}

/** The status in words (never colour alone). */
export function StatusBadge({ status }: { status: KoppelingStatus }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <span class="utrecht-status-badge utrecht-status-badge--neutral">{t(`koppelingen.status.${status}`)}</span>;
}

export function PersoonNaam({ persoon }: { persoon: Persoon | null | undefined }) {
  const { t } = useRequestContext<AppEnv>().var;
  if (!persoon) return <>{t('koppelingen.onbekendePersoon')}</>;
  return <>{persoon.verwijderd ? t('koppelingen.verwijderdePersoon') : persoon.naam}</>;
}

export function Dag({ op }: { op: Date }) {
  const { locale } = useRequestContext<AppEnv>().var;
  return <time datetime={op.toISOString()}>{formatDay(op, locale)}</time>;
}

export function Verwijzing({ href, children }: { href: string; children: Child }) {
  const { locale } = useRequestContext<AppEnv>().var;
  return (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, href)}>
      {children}
    </a>
  );
}

/** A posted `versie`: a positive whole number, or undefined (then the form is treated as stale). */
export function versieUit(value: string | undefined): number | undefined {
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

/** Breadcrumbs of the pages about one koppeling: through "my koppelingen". */
export function koppelingKruimels(c: Context<AppEnv>, k: KoppelingVolledig, laatste?: string) {
  const { t } = c.var;
  const hier = koppelingNaam(c, k);
  return [
    { label: t('koppelingen.crumbs.account'), path: '/account' },
    { label: t('koppelingen.mijn.titel'), path: '/account/koppelingen' },
    ...(laatste ? [{ label: hier, path: `/koppelingen/${k.id}` }, { label: laatste }] : [{ label: hier }]),
  ];
}
