import type { organisaties } from '../schema.ts';
import { plaatsProvincieLookup, provincieNaam } from './plaats.ts';
import { RegisterImportError, type ParentRef, type ParsedRegisterFile, type RegisterRecord } from './types.ts';

export type Bestaand = typeof organisaties.$inferSelect;

/** The values of an organisatie the import decides on; the parent is resolved when writing. */
export type Gewenst = {
  naam: string;
  afkorting: string | null;
  soort: Bestaand['soort'];
  type: Bestaand['type'];
  provincie: string;
  steden: string[];
  oin: string | null;
  brinCode: string | null;
  rioOnderwijsaanbiederCode: string | null;
  rioOnderwijsbestuurCode: string | null;
  website: string | null;
  bron: Bestaand['bron'];
  bronId: string;
};

export type Wijziging = { veld: string; voor: string; na: string };

export type PlanItem = {
  record: RegisterRecord;
  bestaand?: Bestaand;
  gewenst: Gewenst;
  /** The parent: an organisatie on the platform, another record of the file, or none. */
  ouder: { id: string; naam: string } | { item: PlanItem } | null;
  wijzigingen: Wijziging[];
};

export type ImportPlan = {
  nieuw: PlanItem[];
  gewijzigd: PlanItem[];
  ongewijzigd: PlanItem[];
};

const klein = (naam: string) => naam.trim().toLocaleLowerCase('nl');
// 'Rijksdienst voor Identiteitsgegevens (RvIG)' is the same organisatie as 'Rijksdienst voor Identiteitsgegevens'.
const zonderAfkorting = (naam: string) => naam.replace(/\s*\([^()]*\)\s*$/, '');
const zonderMinisterie = (naam: string) => naam.replace(/^ministerie van\s+/i, '');

/** A name index that forgets names shared by two organisaties rather than picking one. */
function naamIndex<T>(items: readonly T[], namen: (item: T) => string[]): Map<string, T | null> {
  const index = new Map<string, T | null>();
  for (const item of items) {
    for (const naam of new Set(namen(item).map(klein))) {
      index.set(naam, index.has(naam) && index.get(naam) !== item ? null : item);
    }
  }
  return index;
}

function uniekIndex<T>(items: readonly T[], sleutel: (item: T) => string | null | undefined): Map<string, T> {
  return new Map(items.flatMap((item) => {
    const k = sleutel(item);
    return k ? [[k, item] as const] : [];
  }));
}

function dubbel(records: readonly RegisterRecord[], veld: 'bronId' | 'oin' | 'brinCode', label: string, bestand: string) {
  const gezien = new Map<string, RegisterRecord>();
  for (const r of records) {
    const waarde = r[veld];
    if (!waarde) continue;
    const eerder = gezien.get(waarde);
    if (eerder) throw new RegisterImportError(r.waar, `${label} ${waarde} appears twice (also at ${eerder.waar})`, bestand);
    gezien.set(waarde, r);
  }
}

const toon = (waarde: unknown): string =>
  waarde === null || waarde === undefined || (Array.isArray(waarde) && waarde.length === 0)
    ? '—'
    : Array.isArray(waarde)
      ? waarde.join(', ')
      : String(waarde);

/**
 * Matches every record of the file to an organisatie on the platform and works out what would
 * change. Nothing is written here; every inconsistency refuses the whole file.
 *
 * Matching order, first hit wins:
 * 1. the register's own id (bron + bronId): stable across renames, and how a second run finds
 *    what the first one wrote;
 * 2. the official identifier (OIN for ROO, BRIN code for DUO): shared across registers, so it also
 *    finds an organisatie entered by hand or imported from another source;
 * 3. the exact name, ignoring case (and a trailing abbreviation in brackets): the only link to
 *    the reference organisaties, which carry no ids. Last, because names change and collide.
 */
export function maakPlan(
  parsed: ParsedRegisterFile,
  bestaande: readonly Bestaand[],
  provincies: readonly { naam: string; hoofdstad: string }[],
): ImportPlan {
  const { records, bestand } = parsed;
  dubbel(records, 'bronId', records[0]?.bron === 'duo' ? 'instellingscode' : 'systeemId', bestand);
  dubbel(records, 'oin', 'OIN', bestand);
  dubbel(records, 'brinCode', 'BRIN code', bestand);

  const opId = uniekIndex(bestaande, (o) => o.id);
  const opBronId = uniekIndex(bestaande, (o) => (o.bronId ? `${o.bron}:${o.bronId}` : null));
  const opOin = uniekIndex(bestaande, (o) => o.oin);
  const opBrin = uniekIndex(bestaande, (o) => o.brinCode);
  const opNaam = naamIndex(bestaande, (o) => [o.naam, zonderAfkorting(o.naam)]);
  const provincieNamen = provincies.map((p) => p.naam);
  const provincieVanPlaats = plaatsProvincieLookup(provincies, bestaande);

  const geclaimd = new Map<string, RegisterRecord>();
  const items: PlanItem[] = records.map((record) => {
    const bestaand =
      opBronId.get(`${record.bron}:${record.bronId}`) ??
      (record.oin ? opOin.get(record.oin) : undefined) ??
      (record.brinCode ? opBrin.get(record.brinCode) : undefined) ??
      opNaam.get(klein(record.naam)) ??
      undefined;
    if (bestaand) {
      const eerder = geclaimd.get(bestaand.id);
      if (eerder) {
        throw new RegisterImportError(record.waar, `'${record.naam}' matches organisatie '${bestaand.naam}', as '${eerder.naam}' at ${eerder.waar} does`, bestand);
      }
      geclaimd.set(bestaand.id, record);
    }
    for (const [veld, index, label] of [['oin', opOin, 'OIN'], ['brinCode', opBrin, 'BRIN code']] as const) {
      const waarde = record[veld];
      const ander = waarde ? index.get(waarde) : undefined;
      if (ander && ander.id !== bestaand?.id) {
        throw new RegisterImportError(record.waar, `${label} ${waarde} of '${record.naam}' already belongs to organisatie '${ander.naam}'`, bestand);
      }
    }
    return { record, bestaand, gewenst: gewenst(record, bestaand, provincieNamen, provincieVanPlaats, bestand), ouder: null, wijzigingen: [] };
  });

  const inBestand = {
    bronId: uniekIndex(items, (i) => i.record.bronId),
    tooi: uniekIndex(items, (i) => i.record.tooi),
    naam: naamIndex(items, (i) => [i.record.naam, zonderMinisterie(i.record.naam)]),
  };
  const zoekOuder = (ref: ParentRef): PlanItem['ouder'] | undefined => {
    const item =
      (ref.bronId ? inBestand.bronId.get(ref.bronId) : undefined) ??
      (ref.tooi ? inBestand.tooi.get(ref.tooi) : undefined) ??
      (ref.naam ? (inBestand.naam.get(klein(ref.naam)) ?? inBestand.naam.get(klein(zonderMinisterie(ref.naam)))) : undefined);
    if (item) return { item };
    const naam = ref.naam;
    if (!naam) return undefined;
    const o = opNaam.get(klein(naam)) ?? opNaam.get(klein(`Ministerie van ${zonderMinisterie(naam)}`));
    return o ? { id: o.id, naam: o.naam } : undefined;
  };
  for (const item of items) {
    const ref = item.record.parent;
    if (!ref) {
      // Without a parent in the file the platform's parent stays: the register does not deny it.
      const id = item.bestaand?.bovenliggendeId;
      const o = id ? opId.get(id) : undefined;
      item.ouder = o ? { id: o.id, naam: o.naam } : null;
      continue;
    }
    const ouder = zoekOuder(ref);
    if (!ouder) {
      const naam = ref.naam ?? ref.tooi ?? `systeemId ${ref.bronId}`;
      throw new RegisterImportError(item.record.waar, `parent '${naam}' of '${item.record.naam}' is neither in the file nor on the platform`, bestand);
    }
    if ('item' in ouder && ouder.item === item) {
      throw new RegisterImportError(item.record.waar, `'${item.record.naam}' names itself as its parent`, bestand);
    }
    item.ouder = 'item' in ouder && ouder.item.bestaand ? { id: ouder.item.bestaand.id, naam: ouder.item.bestaand.naam } : ouder;
  }

  const plan: ImportPlan = { nieuw: [], gewijzigd: [], ongewijzigd: [] };
  for (const item of items) {
    if (!item.bestaand) {
      plan.nieuw.push(item);
      continue;
    }
    item.wijzigingen = wijzigingen(item, opId);
    (item.wijzigingen.length > 0 ? plan.gewijzigd : plan.ongewijzigd).push(item);
  }
  return plan;
}

function gewenst(
  record: RegisterRecord,
  bestaand: Bestaand | undefined,
  provincieNamen: readonly string[],
  provincieVanPlaats: (plaats: string) => string | undefined,
  bestand: string,
): Gewenst {
  let provincie: string | undefined;
  if (record.provincie) {
    provincie = provincieNaam(record.provincie, provincieNamen);
    if (!provincie) {
      throw new RegisterImportError(record.waar, `unknown provincie '${record.provincie}' (known: ${provincieNamen.join(', ')})`, bestand);
    }
  } else {
    provincie = (record.plaats ? provincieVanPlaats(record.plaats) : undefined) ?? bestaand?.provincie;
    if (!provincie) {
      throw new RegisterImportError(
        record.waar,
        `no provincie for '${record.naam}': the file gives none and plaats '${record.plaats ?? '—'}' is not known on the platform; add the provincie to the file`,
        bestand,
      );
    }
  }
  const steden = bestaand?.steden ?? [];
  const plaats = record.plaats;
  return {
    naam: record.naam,
    afkorting: record.afkorting ?? bestaand?.afkorting ?? null,
    soort: record.soort,
    type: record.type,
    provincie,
    // The register's place joins the known places: the platform may know more locations.
    steden: !plaats || steden.some((s) => klein(s) === klein(plaats)) ? steden : [plaats, ...steden],
    oin: record.oin ?? bestaand?.oin ?? null,
    brinCode: record.brinCode ?? bestaand?.brinCode ?? null,
    rioOnderwijsaanbiederCode: record.rioOnderwijsaanbiederCode ?? bestaand?.rioOnderwijsaanbiederCode ?? null,
    rioOnderwijsbestuurCode: record.rioOnderwijsbestuurCode ?? bestaand?.rioOnderwijsbestuurCode ?? null,
    website: record.website ?? bestaand?.website ?? null,
    bron: record.bron,
    bronId: record.bronId,
  };
}

function wijzigingen(item: PlanItem, opId: ReadonlyMap<string, Bestaand>): Wijziging[] {
  const bestaand = item.bestaand!;
  const lijst: Wijziging[] = [];
  for (const [veld, na] of Object.entries(item.gewenst) as [keyof Gewenst, unknown][]) {
    const voor = bestaand[veld];
    if (JSON.stringify(voor) !== JSON.stringify(na)) lijst.push({ veld, voor: toon(voor), na: toon(na) });
  }
  const ouderId = item.ouder && 'id' in item.ouder ? item.ouder.id : null;
  if (item.ouder && 'item' in item.ouder) {
    lijst.push({ veld: 'bovenliggende', voor: toon(naamVan(bestaand.bovenliggendeId, opId)), na: `${item.ouder.item.record.naam} (nieuw)` });
  } else if (ouderId !== bestaand.bovenliggendeId) {
    lijst.push({ veld: 'bovenliggende', voor: toon(naamVan(bestaand.bovenliggendeId, opId)), na: toon(item.ouder && 'naam' in item.ouder ? item.ouder.naam : null) });
  }
  return lijst;
}

const naamVan = (id: string | null, opId: ReadonlyMap<string, Bestaand>) => (id ? (opId.get(id)?.naam ?? id) : null);
