import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../platform/config.ts';
import { translator, type Locale, type Translate } from '../../platform/i18n.ts';
import type { Mailer } from '../../platform/mail.ts';
import { localizedPath } from '../../web/paths.ts';
import { accounts, platformrollen } from '../accounts/schema.ts';
import { lidmaatschappen } from '../lidmaatschappen/schema.ts';
import { uitlegRegels } from '../matching/index.ts';
import type { Zijde } from './koppeling.schema.ts';
import type { KoppelingBesluit } from './schema.ts';
import type { Kandidaat, KoppelingVolledig } from './queries.ts';

/**
 * The mails of the koppeling lifecycle, each in the recipient's language (accounts.taal), with an
 * absolute link to the koppeling. Sent after the change is committed; the one who acted is not told
 * what they just did.
 * - introductie: to every account of both sides, with the context, the message and the explanation;
 * - besluit: one side decided: to the other side and the verbinders of the regio;
 * - geaccepteerd: both sides accepted: to both sides and the verbinders;
 * - ingetrokken: an introduction was withdrawn: to both sides.
 */
export type KoppelingBericht =
  | { soort: 'introductie' }
  | { soort: 'besluit'; zijde: Zijde; besluit: KoppelingBesluit; reden: string | null }
  | { soort: 'geaccepteerd' }
  | { soort: 'ingetrokken'; reden: string | null };

type Ontvanger = { id: string; email: string; naam: string; taal: Locale };

const ontvangerVelden = { id: accounts.id, email: accounts.email, naam: accounts.naam, taal: accounts.taal };
const bereikbaar = and(isNull(accounts.verwijderdOp), isNotNull(accounts.email));

/** Members of an organisatie who are its coordinators, or one of `accountIds`. */
async function ledenVan(db: Db, organisatieId: string, accountIds: readonly string[]): Promise<Ontvanger[]> {
  const wie = accountIds.length > 0 ? or(eq(lidmaatschappen.rol, 'coordinator'), inArray(lidmaatschappen.accountId, [...accountIds])) : eq(lidmaatschappen.rol, 'coordinator');
  const rows = await db
    .select(ontvangerVelden)
    .from(lidmaatschappen)
    .innerJoin(accounts, eq(accounts.id, lidmaatschappen.accountId))
    .where(and(eq(lidmaatschappen.organisatieId, organisatieId), wie, bereikbaar));
  return rows.map((r) => ({ ...r, email: r.email! }));
}

async function accountsMetId(db: Db, ids: readonly string[]): Promise<Ontvanger[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(ontvangerVelden).from(accounts).where(and(inArray(accounts.id, [...ids]), bereikbaar));
  return rows.map((r) => ({ ...r, email: r.email! }));
}

/** Every account of one side (policy.ts zijdenVan, as people to write to). */
export async function accountsVanZijde(db: Db, k: KoppelingVolledig, zijde: Zijde): Promise<Ontvanger[]> {
  if (zijde === 'vraagzijde') {
    const v = k.vraagstuk;
    return ledenVan(db, v.organisatieId, [...(v.aangemaaktDoor ? [v.aangemaaktDoor] : []), ...v.contactpersoonIds]);
  }
  const z = k.kandidaatZijde;
  switch (z.soort) {
    case 'aanbod': {
      const eigenaar = await accountsMetId(db, z.aangemaaktDoor ? [z.aangemaaktDoor] : []);
      return [...eigenaar, ...(z.organisatieId ? await ledenVan(db, z.organisatieId, []) : [])];
    }
    case 'onderdeel':
      return [...(await accountsMetId(db, z.contactpersoonIds)), ...(await ledenVan(db, z.organisatieId, []))];
    case 'persoon':
      return accountsMetId(db, [z.persoonId]);
  }
}

async function verbindersVan(db: Db, regioCode: string): Promise<Ontvanger[]> {
  const rows = await db
    .select(ontvangerVelden)
    .from(platformrollen)
    .innerJoin(accounts, eq(accounts.id, platformrollen.accountId))
    .where(and(eq(platformrollen.rol, 'verbinder'), eq(platformrollen.regioCode, regioCode), bereikbaar));
  return rows.map((r) => ({ ...r, email: r.email! }));
}

const inTaal = (locale: Locale, nl: string | null, en: string | null) => (locale === 'en' ? (en ?? nl) : (nl ?? en));

export function kandidaatTekst(k: Kandidaat, locale: Locale, t: Translate): string {
  const titel = k.soort === 'aanbod' ? inTaal(locale, k.titelNl, k.titelEn) : k.naam;
  const naam = titel ?? t(k.verwijderd ? 'koppelingen.verwijderdePersoon' : 'koppelingen.zonderTitel');
  return k.organisatieNaam ? `${naam} (${k.organisatieNaam})` : naam;
}

function tekstVoor(k: KoppelingVolledig, bericht: KoppelingBericht, ontvanger: Ontvanger, config: Config): { subject: string; text: string } {
  const t = translator(ontvanger.taal);
  const vraagstuk = inTaal(ontvanger.taal, k.vraagstuk.titelNl, k.vraagstuk.titelEn) ?? t('koppelingen.zonderTitel');
  const params = {
    naam: ontvanger.naam,
    vraagstuk,
    organisatie: k.vraagstuk.organisatieNaam,
    kandidaat: kandidaatTekst(k.kandidaat, ontvanger.taal, t),
    link: `${config.publicUrl}${localizedPath(ontvanger.taal, `/koppelingen/${k.id}`)}`,
  };
  switch (bericht.soort) {
    case 'introductie': {
      const uitleg = k.signalen ? uitlegRegels(k.signalen, t).map((r) => `- ${r}`) : [];
      return {
        subject: t('koppelingen.mail.introductie.onderwerp', params),
        text: t('koppelingen.mail.introductie.tekst', {
          ...params,
          toelichting: k.toelichting ?? '',
          uitleg: uitleg.length > 0 ? `${t('koppelingen.mail.introductie.uitlegKop')}\n${uitleg.join('\n')}\n\n` : '',
        }),
      };
    }
    case 'besluit':
      return {
        subject: t(`koppelingen.mail.besluit.${bericht.besluit}.onderwerp`, { ...params, zijde: t(`koppelingen.zijde.${bericht.zijde}`) }),
        text: t(`koppelingen.mail.besluit.${bericht.besluit}.tekst`, {
          ...params,
          zijde: t(`koppelingen.zijde.${bericht.zijde}`),
          reden: bericht.reden ? `${t('koppelingen.mail.redenKop')}\n${bericht.reden}\n\n` : '',
        }),
      };
    case 'geaccepteerd':
      return { subject: t('koppelingen.mail.geaccepteerd.onderwerp', params), text: t('koppelingen.mail.geaccepteerd.tekst', params) };
    case 'ingetrokken':
      return {
        subject: t('koppelingen.mail.ingetrokken.onderwerp', params),
        text: t('koppelingen.mail.ingetrokken.tekst', { ...params, reden: bericht.reden ? `${t('koppelingen.mail.redenKop')}\n${bericht.reden}\n\n` : '' }),
      };
  }
}

/** Who hears of this step (without the one who took it). */
async function ontvangers(db: Db, k: KoppelingVolledig, bericht: KoppelingBericht): Promise<Ontvanger[]> {
  switch (bericht.soort) {
    case 'introductie':
    case 'ingetrokken':
      return [...(await accountsVanZijde(db, k, 'vraagzijde')), ...(await accountsVanZijde(db, k, 'aanbodzijde'))];
    case 'besluit':
      return [...(await accountsVanZijde(db, k, bericht.zijde === 'vraagzijde' ? 'aanbodzijde' : 'vraagzijde')), ...(await verbindersVan(db, k.vraagstuk.regioCode))];
    case 'geaccepteerd':
      return [...(await accountsVanZijde(db, k, 'vraagzijde')), ...(await accountsVanZijde(db, k, 'aanbodzijde')), ...(await verbindersVan(db, k.vraagstuk.regioCode))];
  }
}

export async function koppelingMailen(db: Db, mail: { mailer: Mailer; config: Config } | undefined, k: KoppelingVolledig, bericht: KoppelingBericht, actorId: string): Promise<number> {
  if (!mail) return 0;
  const gezien = new Set<string>([actorId]);
  let verstuurd = 0;
  for (const o of await ontvangers(db, k, bericht)) {
    if (gezien.has(o.id)) continue;
    gezien.add(o.id);
    mail.mailer.send({ to: o.email, ...tekstVoor(k, bericht, o, mail.config) });
    verstuurd++;
  }
  return verstuurd;
}
