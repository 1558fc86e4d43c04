import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { formatDay } from '../../audit/index.ts';
import { isUuid, laadVraagstukKern, maySee, type VraagstukKern } from '../../vraagstukken/index.ts';
import { mayReadBelangstelling } from '../policy.ts';
import { belangstellingOphalen, type BelangstellingVolledig, type GekoppeldAanbod, type Persoon } from '../queries.ts';
import type { BelangstellingStatus } from '../schema.ts';
import { inTaal } from '../../../web/in-taal.ts';
import { Gegeven, Melding } from '../../../web/components/alerts.tsx';
export { Gegeven, Melding };

/** Shared bits of the belangstelling pages. */

export const commandContext = (c: Context<AppEnv>) => ({ actor: c.var.actor, requestId: c.var.requestId });

export const pad = (c: Context<AppEnv>, path: string) => localizedPath(c.var.locale, path);

/** The vraagstuk in the path, if the actor may see it; otherwise it does not exist for them (404). */
export async function zichtbaarVraagstuk(c: Context<AppEnv>): Promise<VraagstukKern> {
  const id = c.req.param('id') ?? '';
  const kern = isUuid(id) ? await laadVraagstukKern(c.var.deps.database.db, id) : undefined;
  if (!kern || !maySee(c.var.actor, kern)) throw new NotFoundError();
  return kern;
}

/** The belangstelling in the path, if the actor may read it; otherwise it does not exist for them (404). */
export async function leesbareBelangstelling(c: Context<AppEnv>): Promise<BelangstellingVolledig> {
  const id = c.req.param('id') ?? '';
  const b = isUuid(id) ? await belangstellingOphalen(c.var.deps.database.db, id) : undefined;
  if (!b || !mayReadBelangstelling(c.var.actor, b)) throw new NotFoundError();
  return b;
}

export { inTaal };

/** The title of a vraagstuk or an aanbod item in the page's language (or the other one). */
export function Titel({ nl, en }: { nl: string | null; en: string | null }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const titel = inTaal(locale, nl, en);
  return titel.lang ? <span lang={titel.lang}>{titel.text}</span> : <>{titel.text ?? t('belangstellingen.zonderTitel')}</>;
}

/** The title as plain text (document titles and breadcrumbs cannot carry a lang attribute). */
export const titelTekst = (c: Context<AppEnv>, nl: string | null, en: string | null): string => inTaal(c.var.locale, nl, en).text ?? c.var.t('belangstellingen.zonderTitel');

export function StatusBadge({ status }: { status: BelangstellingStatus }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <span class="utrecht-status-badge utrecht-status-badge--neutral">{t(`marktplaats.belangstellingStatus.${status}`)}</span>;
}

export function PersoonNaam({ persoon }: { persoon: Persoon }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <>{persoon.verwijderd ? t('belangstellingen.verwijderdePersoon') : persoon.naam}</>;
}

/** The linked aanbod: a link when it is published (others cannot open a concept), else its title. */
export function AanbodVerwijzing({ aanbod }: { aanbod: GekoppeldAanbod | null }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  if (!aanbod) return <>{t('belangstellingen.geenAanbod')}</>;
  const soort = t(`marktplaats.aanbodSoort.${aanbod.soort}`);
  if (aanbod.status !== 'gepubliceerd') {
    return (
      <>
        <Titel nl={aanbod.titelNl} en={aanbod.titelEn} /> ({soort}, {t(`marktplaats.aanbodStatus.${aanbod.status}`).toLowerCase()})
      </>
    );
  }
  return (
    <>
      <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/aanbod/${aanbod.id}`)}>
        <Titel nl={aanbod.titelNl} en={aanbod.titelEn} />
      </a>{' '}
      ({soort})
    </>
  );
}

export function Dag({ op }: { op: Date }) {
  const { locale } = useRequestContext<AppEnv>().var;
  return <time datetime={op.toISOString()}>{formatDay(op, locale)}</time>;
}

/** A posted `versie`: a positive whole number, or undefined (then the form is treated as stale). */
export function versieUit(value: string | undefined): number | undefined {
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}
