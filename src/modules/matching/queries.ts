import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { aanbod } from '../aanbod/schema.ts';
import { isUuid, maySee } from '../vraagstukken/index.ts';
import { vraagstukken } from '../vraagstukken/schema.ts';
import type { Suggestie } from './engine/rangschik.ts';
import { kandidaatSoorten, suggesties, type KandidaatSoort } from './schema.ts';
import { bijwerkenVoorAanbod, bijwerkenVoorVraagstuk } from './suggesties/item.ts';
import { lijstVan, suggereerbareVraagstukStatussen } from './suggesties/opslaan.ts';
import { kandidatenWeergave, vraagstukkenWeergave, weergaveSleutel, type KandidaatWeergave } from './suggesties/weergave.ts';

export type { KandidaatWeergave } from './suggesties/weergave.ts';

/**
 * A stored suggestion ready to show. `rang` is its place in the list as returned (1, 2, 3 per kind),
 * after leaving out what is gone or hidden from the viewer, so that the numbers have no gaps that
 * would hint at vraagstukken the viewer may not see.
 */
export type SuggestieWeergave = Suggestie & { rang: number; berekendOp: Date; kandidaat: KandidaatWeergave };

export type SuggestieLijst = { berekendOp: Date | null; suggesties: SuggestieWeergave[] };

const geen: SuggestieLijst = { berekendOp: null, suggesties: [] };

type Rij = typeof suggesties.$inferSelect;

const alsSuggestie = (r: Rij): Suggestie => ({
  richting: r.richting,
  vraagstukId: r.vraagstukId,
  kandidaatSoort: r.kandidaatSoort,
  kandidaatId: r.kandidaatId,
  score: r.score,
  signalen: r.signalen,
});

/** When the rows shown were computed: the oldest of them (a list can be refreshed kind by kind). */
const oudste = (lijst: readonly SuggestieWeergave[]): Date | null =>
  lijst.reduce<Date | null>((min, s) => (min === null || s.berekendOp < min ? s.berekendOp : min), null);

async function opgeslagenLijst(db: Db, richting: 'vraagstuk' | 'aanbod', itemId: string): Promise<Rij[]> {
  return db.select().from(suggesties).where(lijstVan(richting, itemId)).orderBy(asc(suggesties.kandidaatSoort), asc(suggesties.rang));
}

/**
 * A vraagstuk's stored suggestions (limiet per kind, default 10), kinds in the order aanbod,
 * onderdeel, persoon, best first. When nothing is stored yet and the vraagstuk is submitted,
 * published or in gesprek, they are computed and stored first (on demand). Whether the viewer may
 * see the vraagstuk's suggestions at all is the caller's check (owners, its verbinder, beheerders).
 */
export async function suggestiesVoorVraagstuk(
  db: Db,
  vraagstukId: string,
  opties: { soorten?: readonly KandidaatSoort[]; limiet?: number } = {},
): Promise<SuggestieLijst> {
  const soorten = opties.soorten ?? kandidaatSoorten;
  const limiet = opties.limiet ?? 10;
  if (!isUuid(vraagstukId)) return geen;
  const [v] = await db.select({ status: vraagstukken.status }).from(vraagstukken).where(eq(vraagstukken.id, vraagstukId));
  if (!v || !(suggereerbareVraagstukStatussen as readonly string[]).includes(v.status)) return geen;
  let rijen = await opgeslagenLijst(db, 'vraagstuk', vraagstukId);
  if (rijen.length === 0) {
    await bijwerkenVoorVraagstuk(db, vraagstukId);
    rijen = await opgeslagenLijst(db, 'vraagstuk', vraagstukId);
  }
  rijen = rijen.filter((r) => soorten.includes(r.kandidaatSoort));
  const weergave = await kandidatenWeergave(db, rijen.map((r) => ({ soort: r.kandidaatSoort, id: r.kandidaatId })));
  const uit: SuggestieWeergave[] = [];
  for (const soort of kandidaatSoorten) {
    let rang = 0;
    for (const r of rijen) {
      if (r.kandidaatSoort !== soort || rang >= limiet) continue;
      const kandidaat = weergave.get(weergaveSleutel(soort, r.kandidaatId));
      if (kandidaat) uit.push({ ...alsSuggestie(r), rang: ++rang, berekendOp: r.berekendOp, kandidaat });
    }
  }
  return { berekendOp: oudste(uit), suggesties: uit };
}

/**
 * The vraagstukken stored for a published aanbod item that this actor may see (vraagstukken policy
 * `maySee`), best first (default 10); computed and stored first when there are none. Whether the
 * actor may see the item's suggestions at all is the caller's check (who may edit it, verbinders,
 * beheerders).
 */
export async function suggestiesVoorAanbod(db: Db, aanbodId: string, actor: Actor, opties: { limiet?: number } = {}): Promise<SuggestieLijst> {
  const limiet = opties.limiet ?? 10;
  if (!isUuid(aanbodId)) return geen;
  const [a] = await db.select({ status: aanbod.status }).from(aanbod).where(eq(aanbod.id, aanbodId));
  if (a?.status !== 'gepubliceerd') return geen;
  let rijen = await opgeslagenLijst(db, 'aanbod', aanbodId);
  if (rijen.length === 0) {
    await bijwerkenVoorAanbod(db, aanbodId);
    rijen = await opgeslagenLijst(db, 'aanbod', aanbodId);
  }
  const weergave = await vraagstukkenWeergave(db, rijen.map((r) => r.vraagstukId));
  const uit: SuggestieWeergave[] = [];
  for (const r of rijen) {
    if (uit.length >= limiet) break;
    const v = weergave.get(r.vraagstukId);
    if (!v || !maySee(actor, v.resource)) continue;
    const { resource: _resource, ...kandidaat } = v;
    uit.push({ ...alsSuggestie(r), rang: uit.length + 1, berekendOp: r.berekendOp, kandidaat });
  }
  return { berekendOp: oudste(uit), suggesties: uit };
}

/**
 * The stored suggestion for one pair, for the koppeling's snapshot of score and signals: the
 * vraagstuk's own list first, else (for aanbod) the aanbod item's list. Undefined when neither holds it.
 */
export async function opgeslagenSuggestie(db: Db, vraagstukId: string, soort: KandidaatSoort, kandidaatId: string): Promise<Suggestie | undefined> {
  if (!isUuid(vraagstukId) || !isUuid(kandidaatId)) return undefined;
  const [r] = await db
    .select()
    .from(suggesties)
    .where(and(eq(suggesties.vraagstukId, vraagstukId), eq(suggesties.kandidaatSoort, soort), eq(suggesties.kandidaatId, kandidaatId)))
    .orderBy(desc(sql`${suggesties.richting} = 'vraagstuk'`))
    .limit(1);
  return r ? alsSuggestie(r) : undefined;
}
