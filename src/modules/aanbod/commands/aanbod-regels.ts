import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/actor.ts';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { provincies, regios, samenwerkingsvormen, themas } from '../../taxonomie/schema.ts';
import type { AanbodInvoer } from '../aanbod.schema.ts';
import { mayCreateAanbod, vanInstelling } from '../policy.ts';
import { aanbod, aanbodPeriodes } from '../schema.ts';
import type { VeldFout } from './context.ts';

/** Rules shared by creating and editing aanbod: what needs the data to decide. */

export const onderwijsinstellingen = ['hogeschool', 'universiteit', 'mbo-instelling'] as const;

type Huidig = { soort: string; organisatieId: string | null };

/**
 * Checks the input against the data. The organisatie exists (and was not merged away), is an
 * onderwijsinstelling for the kinds an instelling offers, and the actor may post for it: when
 * editing, only a changed organisatie (or kind) is checked, so a coordinator or beheerder can edit
 * an item of someone who has since left. The onderdeel belongs to that organisatie; theme, form and
 * regio codes exist. Also returns the organisatie's regio, the default when no regio was given.
 */
export async function controleer(tx: Db, actor: Actor, invoer: AanbodInvoer, huidig?: Huidig): Promise<{ fouten: VeldFout[]; organisatieRegio: string | null }> {
  const fouten: VeldFout[] = [];
  const fout = (veld: string, key: string, soort: VeldFout['soort'] = 'ongeldig') => fouten.push({ veld, key, soort });
  let organisatieRegio: string | null = null;
  if (invoer.organisatieId) {
    const [org] = await tx
      .select({ id: organisaties.id, soort: organisaties.soort, samengevoegdIn: organisaties.samengevoegdIn, regioCode: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .where(eq(organisaties.id, invoer.organisatieId));
    if (!org || org.samengevoegdIn) {
      fout('organisatieId', 'aanbod.fouten.organisatieOnbekend');
    } else {
      organisatieRegio = org.regioCode;
      const gewijzigd = !huidig || huidig.organisatieId !== invoer.organisatieId || huidig.soort !== invoer.soort;
      if (vanInstelling(invoer.soort) && !(onderwijsinstellingen as readonly string[]).includes(org.soort)) {
        fout('organisatieId', 'aanbod.fouten.geenOnderwijsinstelling', 'conflict');
      } else if (gewijzigd && !mayCreateAanbod(actor, { soort: invoer.soort, organisatieId: org.id })) {
        fout('organisatieId', 'aanbod.fouten.geenLid', 'conflict');
      }
    }
  }
  if (invoer.onderdeelId) {
    const [onderdeel] = await tx.select({ organisatieId: onderdelen.organisatieId }).from(onderdelen).where(eq(onderdelen.id, invoer.onderdeelId));
    if (!onderdeel || onderdeel.organisatieId !== invoer.organisatieId) fout('onderdeelId', 'aanbod.fouten.onderdeelHoortNiet', 'conflict');
  }
  if (invoer.themaCodes.length > 0) {
    const bekend = await tx.select({ code: themas.code }).from(themas).where(inArray(themas.code, invoer.themaCodes));
    if (bekend.length !== invoer.themaCodes.length) fout('themaCodes', 'aanbod.fouten.themaOnbekend');
  }
  if (invoer.vormCodes.length > 0) {
    const bekend = await tx.select({ code: samenwerkingsvormen.code }).from(samenwerkingsvormen).where(inArray(samenwerkingsvormen.code, invoer.vormCodes));
    if (bekend.length !== invoer.vormCodes.length) fout('vormCodes', 'aanbod.fouten.vormOnbekend');
  }
  if (invoer.regioCode) {
    const [regio] = await tx.select({ code: regios.code }).from(regios).where(eq(regios.code, invoer.regioCode));
    if (!regio) fout('regioCode', 'aanbod.fouten.regioOnbekend');
  }
  return { fouten, organisatieRegio };
}

/**
 * The row's columns from the input. A regio left out (undefined, the API) means the organisatie's
 * regio; an empty one (null) means landelijk. Sets are stored sorted so that an edit that only
 * reorders changes nothing.
 */
export function kolommen(invoer: AanbodInvoer, organisatieRegio: string | null) {
  return {
    soort: invoer.soort,
    organisatieId: invoer.organisatieId ?? null,
    onderdeelId: invoer.onderdeelId ?? null,
    titelNl: invoer.titelNl ?? null,
    titelEn: invoer.titelEn ?? null,
    beschrijvingNl: invoer.beschrijvingNl ?? null,
    beschrijvingEn: invoer.beschrijvingEn ?? null,
    geschikteVragenNl: invoer.geschikteVragenNl ?? null,
    geschikteVragenEn: invoer.geschikteVragenEn ?? null,
    themaCodes: [...invoer.themaCodes].sort(),
    vormCodes: [...invoer.vormCodes].sort(),
    niveaus: [...invoer.niveaus].sort(),
    regioCode: invoer.regioCode === undefined ? organisatieRegio : invoer.regioCode,
    opleiding: invoer.opleiding ?? null,
    aantalStudenten: invoer.aantalStudenten ?? null,
    aantalTeams: invoer.aantalTeams ?? null,
    intakeDeadline: invoer.intakeDeadline ?? null,
    opdrachtsoort: invoer.opdrachtsoort ?? null,
    vakgebied: invoer.vakgebied ?? null,
    formaat: invoer.formaat ?? null,
    kostenEuro: invoer.kostenEuro ?? null,
    aanmeldUrl: invoer.aanmeldUrl ?? null,
  };
}

export type Periode = { soort: (typeof aanbodPeriodes.$inferSelect)['soort']; label: string; van: string; tot: string };

/** Replaces the periods as a set, in date order. */
export async function zetPeriodes(tx: Db, aanbodId: string, periodes: readonly Periode[]): Promise<void> {
  await tx.delete(aanbodPeriodes).where(eq(aanbodPeriodes.aanbodId, aanbodId));
  const rows = [...periodes].sort((a, b) => a.van.localeCompare(b.van) || a.tot.localeCompare(b.tot)).map((p) => ({ aanbodId, soort: p.soort, label: p.label, van: p.van, tot: p.tot }));
  if (rows.length > 0) await tx.insert(aanbodPeriodes).values(rows);
}

export async function periodesVan(tx: Db, aanbodId: string): Promise<Periode[]> {
  return tx
    .select({ soort: aanbodPeriodes.soort, label: aanbodPeriodes.label, van: aanbodPeriodes.van, tot: aanbodPeriodes.tot })
    .from(aanbodPeriodes)
    .where(eq(aanbodPeriodes.aanbodId, aanbodId))
    .orderBy(asc(aanbodPeriodes.van), asc(aanbodPeriodes.tot));
}

/** Every column but the search vector (generated; nobody reads it back). */
const { zoekvector: _zoekvector, ...rijKolommen } = getTableColumns(aanbod);
export { rijKolommen };
export type AanbodRij = Omit<typeof aanbod.$inferSelect, 'zoekvector'>;

/** The row as the audit log records it (no bookkeeping); periods as one comparable line each. */
export function aanbodAudit(row: AanbodRij, periodes: readonly Periode[]) {
  const { versie: _v, createdAt: _c, updatedAt: _u, id: _id, ...rest } = row;
  return { ...rest, periodes: periodes.map((p) => `${p.soort}|${p.label}|${p.van}|${p.tot}`) };
}

/** The row, locked until the transaction ends (SELECT ... FOR UPDATE), or undefined. */
export async function vergrendel(tx: Db, id: string): Promise<AanbodRij | undefined> {
  const [row] = await tx.select(rijKolommen).from(aanbod).where(eq(aanbod.id, id)).for('update');
  return row;
}

/** The update's own stale check: it writes only when the version is still the one read. */
export const zelfdeVersie = (id: string, versie: number) => and(eq(aanbod.id, id), eq(aanbod.versie, versie));
