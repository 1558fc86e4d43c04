import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { organisaties, type organisatieSoorten, type rijksorganisatieTypes } from '../src/modules/organisaties/schema.ts';
import { slugify } from '../src/platform/slug.ts';

/**
 * Deterministic synthetic organisations for the benchmark: the same seed gives the same rows on
 * every machine, so runs can be compared. Names are built from Dutch parts (kinds of bodies,
 * policy topics, cities) and end in a sequence number, which keeps their slugs unique.
 */

type Soort = (typeof organisatieSoorten)[number];
type RijksType = (typeof rijksorganisatieTypes)[number];
export type SyntheticOrganisatie = typeof organisaties.$inferInsert;

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data, and it needs no dependency. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

/** Cities per province; the province names are those of the provincies reference table. */
export const stedenPerProvincie: Record<string, readonly string[]> = {
  Groningen: ['Groningen', 'Delfzijl', 'Veendam', 'Winschoten', 'Stadskanaal'],
  'Fryslân': ['Leeuwarden', 'Sneek', 'Heerenveen', 'Drachten', 'Harlingen'],
  Drenthe: ['Assen', 'Emmen', 'Hoogeveen', 'Meppel', 'Coevorden'],
  Overijssel: ['Zwolle', 'Enschede', 'Deventer', 'Hengelo', 'Almelo', 'Kampen'],
  Flevoland: ['Lelystad', 'Almere', 'Emmeloord', 'Dronten'],
  Gelderland: ['Arnhem', 'Nijmegen', 'Apeldoorn', 'Ede', 'Wageningen', 'Doetinchem', 'Zutphen'],
  Utrecht: ['Utrecht', 'Amersfoort', 'Zeist', 'Nieuwegein', 'Veenendaal'],
  'Noord-Holland': ['Amsterdam', 'Haarlem', 'Alkmaar', 'Hilversum', 'Den Helder', 'Zaandam', 'Hoorn'],
  'Zuid-Holland': ['Den Haag', 'Rotterdam', 'Leiden', 'Delft', 'Dordrecht', 'Zoetermeer', 'Gouda'],
  Zeeland: ['Middelburg', 'Vlissingen', 'Goes', 'Terneuzen'],
  'Noord-Brabant': ["'s-Hertogenbosch", 'Eindhoven', 'Tilburg', 'Breda', 'Helmond', 'Oss'],
  Limburg: ['Maastricht', 'Venlo', 'Heerlen', 'Roermond', 'Sittard', 'Weert'],
};
const provincieNamen = Object.keys(stedenPerProvincie);
// The Randstad weighs more, like the real partner list.
const provincieGewicht: Record<string, number> = { 'Zuid-Holland': 4, 'Noord-Holland': 3, Utrecht: 3, 'Noord-Brabant': 2, Gelderland: 2 };

const onderwerpen = [
  'Digitale Infrastructuur', 'Digitale Overheid', 'Onderwijs', 'Water', 'Data', 'Informatievoorziening',
  'Cyberveiligheid', 'Wonen', 'Mobiliteit', 'Energie', 'Klimaat', 'Zorg', 'Gezondheid', 'Veiligheid',
  'Landbouw', 'Natuur', 'Cultuur', 'Erfgoed', 'Belastingen', 'Toeslagen', 'Werk en Inkomen', 'Statistiek',
  'Ruimtelijke Ordening', 'Voedselveiligheid', 'Identiteit', 'Archieven', 'Kunstmatige Intelligentie',
  'Open Data', 'Dienstverlening', 'Infrastructuur', 'Scheepvaart', 'Luchtvaart', 'Milieu', 'Justitie',
  'Migratie', 'Defensie', 'Financiën', 'Innovatie', 'Techniek', 'Logistiek', 'Media', 'Ondernemen',
];
const hboRichtingen = [
  'Techniek', 'Economie', 'Gezondheidszorg', 'Kunsten', 'ICT', 'Pedagogiek', 'Toegepaste Wetenschappen',
  'Management', 'Informatica', 'Sociale Studies', 'Agrarische Studies', 'Media en Communicatie',
];
const fantasieNamen = [
  'Hanze', 'Saxion', 'Windesheim', 'Avans', 'Fontys', 'Inholland', 'Zuyd', 'Stenden', 'Aeres', 'Driestar',
  'Iselinge', 'Marnix', 'Thomas More', 'Viaa', 'Erasmus', 'Descartes', 'Spinoza', 'Huygens', 'Escher',
];

const rijksTypeGewicht: readonly (readonly [RijksType, number])[] = [
  ['ministerie', 1], ['agentschap', 5], ['uitvoeringsorganisatie', 5], ['zbo', 4], ['inspectie', 2], ['dienst', 5],
];
const soortGewicht: readonly (readonly [Soort, number])[] = [
  ['rijksorganisatie', 45], ['hogeschool', 20], ['universiteit', 8], ['mbo-instelling', 27],
];

function rijksNaam(r: Random, type: RijksType, stad: string): string {
  const o = r.pick(onderwerpen);
  switch (type) {
    case 'ministerie':
      return `Ministerie van ${o} en ${r.pick(onderwerpen)}`;
    case 'agentschap':
      return r.pick([`Agentschap ${o}`, `Rijksdienst voor ${o}`, `Nationaal Agentschap voor ${o}`]);
    case 'uitvoeringsorganisatie':
      return r.pick([`Rijksdienst voor ${o}`, `Uitvoeringsorganisatie ${o}`, `Uitvoeringsinstituut ${o} ${stad}`]);
    case 'zbo':
      return r.pick([`Autoriteit ${o}`, `College voor ${o}`, `Stichting ${o}`, `Kenniscentrum ${o}`]);
    case 'inspectie':
      return r.pick([`Inspectie ${o}`, `Inspectie voor ${o} en ${r.pick(onderwerpen)}`]);
    case 'dienst':
      return r.pick([`Dienst ${o}`, `Dienst ${o} ${stad}`, `Rijksdienst voor ${o}`, `Dienst Digitale ${r.pick(['Dienstverlening', 'Zaken', 'Diensten', 'Werkplek'])}`]);
  }
}

function onderwijsNaam(r: Random, soort: Exclude<Soort, 'rijksorganisatie'>, stad: string): string {
  switch (soort) {
    case 'hogeschool':
      return r.pick([
        `Hogeschool ${stad}`, `Hogeschool voor ${r.pick(hboRichtingen)}`, `${r.pick(fantasieNamen)} Hogeschool`,
        `Hogeschool ${r.pick(fantasieNamen)} ${stad}`, `Christelijke Hogeschool ${stad}`,
      ]);
    case 'universiteit':
      return r.pick([
        `Universiteit ${stad}`, `Technische Universiteit ${stad}`, `${r.pick(fantasieNamen)} Universiteit`,
        `Open Universiteit ${r.pick(onderwerpen)}`, `Universiteit voor ${r.pick(onderwerpen)}`,
      ]);
    case 'mbo-instelling':
      return r.pick([
        `ROC ${stad}`, `${stad} College`, `Vakcollege ${r.pick(onderwerpen)}`, `MBO ${stad}`,
        `${r.pick(fantasieNamen)} College ${stad}`, `Vakschool ${r.pick(hboRichtingen)} ${stad}`,
      ]);
  }
}

const kleineWoorden = new Set(['van', 'voor', 'en', 'de', 'het']);
function afkortingVan(naam: string): string {
  return naam
    .split(/\s+/)
    .filter((w) => w && !kleineWoorden.has(w) && !/^\d+$/.test(w))
    .map((w) => w.replace(/^'s-/, '')[0]!.toUpperCase())
    .join('')
    .slice(0, 8);
}

/**
 * `count` organisations, the same for the same seed. `parentIds` (ministries) are given to some
 * agencies, services and inspectorates, so that the parent join of the list query does real work.
 */
export function generateOrganisaties(count: number, seed = 2024, parentIds: readonly string[] = []): SyntheticOrganisatie[] {
  const r = createRandom(seed);
  const provincieKeuze = provincieNamen.map((p) => [p, provincieGewicht[p] ?? 1] as const);
  const rows: SyntheticOrganisatie[] = [];
  for (let i = 1; i <= count; i++) {
    const soort = r.weighted(soortGewicht);
    const provincie = r.weighted(provincieKeuze);
    const steden = stedenPerProvincie[provincie]!;
    const hoofdstad = r.pick(steden);
    const extra = r.chance(0.25) ? r.pick(steden) : undefined;
    const type = soort === 'rijksorganisatie' ? r.weighted(rijksTypeGewicht) : null;
    const basis = type ? rijksNaam(r, type, hoofdstad) : onderwijsNaam(r, soort as Exclude<Soort, 'rijksorganisatie'>, hoofdstad);
    const naam = `${basis} ${i}`;
    const heeftParent = type !== null && type !== 'ministerie' && parentIds.length > 0 && r.chance(0.5);
    rows.push({
      slug: slugify(naam),
      naam,
      afkorting: r.chance(0.6) ? `${afkortingVan(basis)}${i}` : null,
      soort,
      type,
      bovenliggendeId: heeftParent ? r.pick(parentIds) : null,
      provincie,
      steden: extra && extra !== hoofdstad ? [hoofdstad, extra] : [hoofdstad],
    });
  }
  return rows;
}

/**
 * Adds `count` synthetic organisations after the reference import, in batches of `batchSize`,
 * all in one transaction. Rows whose slug already exists are skipped. Returns the number added.
 */
export async function seedSynthetic(
  db: Db,
  count: number,
  options: { seed?: number; batchSize?: number; analyze?: boolean } = {},
) {
  const { seed = 2024, batchSize = 1000, analyze = true } = options;
  const ministeries = await db
    .select({ id: organisaties.id })
    .from(organisaties)
    .where(and(eq(organisaties.soort, 'rijksorganisatie'), eq(organisaties.type, 'ministerie')))
    .orderBy(organisaties.slug);
  const rows = generateOrganisaties(count, seed, ministeries.map((m) => m.id));
  let added = 0;
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += batchSize) {
      const inserted = await tx
        .insert(organisaties)
        .values(rows.slice(start, start + batchSize))
        .onConflictDoNothing({ target: organisaties.slug })
        .returning({ id: organisaties.id });
      added += inserted.length;
    }
  });
  // Fresh planner statistics, as autovacuum would soon gather on a server. PGlite has no autovacuum:
  // without this its tables have no statistics at all (try --skip-analyze).
  if (analyze) await db.execute(sql`analyze`);
  return added;
}
