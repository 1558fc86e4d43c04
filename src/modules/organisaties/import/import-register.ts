import { readFile } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { slugify } from '../../../platform/slug.ts';
import { provincies } from '../../taxonomie/index.ts';
import { organisaties } from '../schema.ts';
import { decodeer } from './csv.ts';
import { leesDuoCsv } from './duo-csv.ts';
import { maakPlan, type ImportPlan, type PlanItem, type Wijziging } from './plan.ts';
import { leesRooCsv } from './roo-csv.ts';
import { leesRooXml } from './roo-xml.ts';
import { RegisterImportError, type Overgeslagen, type ParsedRegisterFile } from './types.ts';

export const registerSoorten = ['roo-xml', 'roo-csv', 'duo-csv'] as const;
export type RegisterSoort = (typeof registerSoorten)[number];

export async function leesRegisterBestand(soort: RegisterSoort, bestand: string): Promise<ParsedRegisterFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(bestand);
  } catch (error) {
    throw new RegisterImportError(undefined, `cannot read the file: ${(error as Error).message}`, bestand);
  }
  const text = decodeer(bytes);
  if (soort === 'roo-xml') return leesRooXml(text, bestand);
  if (soort === 'roo-csv') return leesRooCsv(text, bestand);
  return leesDuoCsv(text, bestand);
}

export type ImportRegel = {
  naam: string;
  waar: string;
  soort: string;
  provincie: string;
  bovenliggende: string | null;
  wijzigingen: Wijziging[];
};

export type RegisterImportReport = {
  bestand: string;
  dryRun: boolean;
  nieuw: ImportRegel[];
  gewijzigd: ImportRegel[];
  ongewijzigd: ImportRegel[];
  overgeslagen: Overgeslagen[];
  waarschuwingen: string[];
};

export type Voortgang = (gedaan: number, totaal: number) => void;

// Rows per INSERT: large enough to save round trips, small enough to stay far below the
// 65,535 bind parameters of one PostgreSQL statement (about 16 per row).
const PER_INSERT = 500;

/**
 * Imports a register file in one transaction: a dry run only reports what would change, a real
 * run upserts. A second run of the same file reports no new and no changed organisaties. Any
 * problem in the file (see RegisterImportError) leaves the database as it was.
 */
export async function importeerRegister(
  db: Db,
  parsed: ParsedRegisterFile,
  opties: { dryRun?: boolean; voortgang?: Voortgang } = {},
): Promise<RegisterImportReport> {
  const dryRun = opties.dryRun ?? false;
  const report = await db.transaction(async (tx) => {
    const [bestaande, provincieRijen] = await Promise.all([
      tx.select().from(organisaties),
      tx.select({ naam: provincies.naam, hoofdstad: provincies.hoofdstad }).from(provincies),
    ]);
    const plan = maakPlan(parsed, bestaande, provincieRijen);
    if (!dryRun) await voerUit(tx as unknown as Db, plan, bestaande.map((b) => b.slug), parsed.bestand, opties.voortgang);
    return rapport(parsed, plan, dryRun);
  });
  // Fresh planner statistics after a bulk change: PGlite has no autovacuum to gather them.
  if (!dryRun && report.nieuw.length + report.gewijzigd.length > 0) await db.execute(sql`analyze organisaties`);
  return report;
}

function uniekeSlug(naam: string, bezet: Set<string>): string {
  const basis = slugify(naam) || 'organisatie';
  let slug = basis;
  for (let n = 2; bezet.has(slug); n++) slug = `${basis.slice(0, 75)}-${n}`;
  bezet.add(slug);
  return slug;
}

/** New organisaties by generation: a parent from the same file is written before its children. */
function generaties(nieuw: readonly PlanItem[], bestand: string): PlanItem[][] {
  const diepte = new Map<PlanItem, number>();
  const bezig = new Set<PlanItem>();
  const meet = (item: PlanItem): number => {
    const bekend = diepte.get(item);
    if (bekend !== undefined) return bekend;
    if (bezig.has(item)) throw new RegisterImportError(item.record.waar, `'${item.record.naam}' is its own ancestor`, bestand);
    bezig.add(item);
    const d = item.ouder && 'item' in item.ouder && !item.ouder.item.bestaand ? meet(item.ouder.item) + 1 : 0;
    bezig.delete(item);
    diepte.set(item, d);
    return d;
  };
  const lagen: PlanItem[][] = [];
  for (const item of nieuw) (lagen[meet(item)] ??= []).push(item);
  return lagen.filter(Boolean);
}

async function voerUit(tx: Db, plan: ImportPlan, slugs: string[], bestand: string, voortgang?: Voortgang) {
  const totaal = plan.nieuw.length + plan.gewijzigd.length;
  let gedaan = 0;
  const idVan = new Map<PlanItem, string>();
  const ouderId = (item: PlanItem): string | null => {
    if (!item.ouder) return null;
    if ('id' in item.ouder) return item.ouder.id;
    return item.ouder.item.bestaand?.id ?? idVan.get(item.ouder.item)!;
  };
  const bezet = new Set(slugs);
  for (const laag of generaties(plan.nieuw, bestand)) {
    for (let i = 0; i < laag.length; i += PER_INSERT) {
      const stuk = laag.slice(i, i + PER_INSERT);
      const rijen = stuk.map((item) => ({ ...item.gewenst, slug: uniekeSlug(item.gewenst.naam, bezet), bovenliggendeId: ouderId(item) }));
      const ingevoegd = await tx.insert(organisaties).values(rijen).returning({ id: organisaties.id, slug: organisaties.slug });
      const opSlug = new Map(ingevoegd.map((r) => [r.slug, r.id]));
      stuk.forEach((item, j) => idVan.set(item, opSlug.get(rijen[j]!.slug)!));
      gedaan += stuk.length;
      voortgang?.(gedaan, totaal);
    }
  }
  for (const item of plan.gewijzigd) {
    await tx
      .update(organisaties)
      .set({ ...item.gewenst, bovenliggendeId: ouderId(item), updatedAt: new Date() })
      .where(eq(organisaties.id, item.bestaand!.id));
    voortgang?.(++gedaan, totaal);
  }
}

function rapport(parsed: ParsedRegisterFile, plan: ImportPlan, dryRun: boolean): RegisterImportReport {
  const regel = (item: PlanItem): ImportRegel => ({
    naam: item.gewenst.naam,
    waar: item.record.waar,
    soort: item.gewenst.type ? `${item.gewenst.soort}/${item.gewenst.type}` : item.gewenst.soort,
    provincie: item.gewenst.provincie,
    bovenliggende: !item.ouder ? null : 'naam' in item.ouder ? item.ouder.naam : item.ouder.item.gewenst.naam,
    wijzigingen: item.wijzigingen,
  });
  return {
    bestand: parsed.bestand,
    dryRun,
    nieuw: plan.nieuw.map(regel),
    gewijzigd: plan.gewijzigd.map(regel),
    ongewijzigd: plan.ongewijzigd.map(regel),
    overgeslagen: parsed.overgeslagen,
    waarschuwingen: parsed.waarschuwingen,
  };
}
