import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { leesConfiguratie, type Gewichten } from '../configuratie.ts';
import { matchingWachtrij } from '../schema.ts';
import { bijwerkenVoorAanbod, bijwerkenVoorVraagstuk } from './item.ts';
import { suggereerbareVraagstukStatussen } from './opslaan.ts';
import { statistiekVerversen } from './statistiek.ts';
import { rijenVan } from './wachtrij.ts';

export type HerberekenOpties = {
  /** Called after each item: how many are done, of how many. */
  opVoortgang?: (klaar: number, totaal: number) => void;
  /** Both by default; the bench measures the vraagstuk direction on its own. */
  richtingen?: readonly ('vraagstuk' | 'aanbod')[];
  /** Items computed at the same time (default 2). On PGlite they queue on its one connection. */
  gelijktijdig?: number;
};

export type HerberekenResultaat = { vraagstukken: number; aanbod: number; mislukt: number; ms: number; fout?: unknown };

/**
 * Recomputes the stored suggestions of every submitted, published or in-gesprek vraagstuk and every
 * published aanbod item, after refreshing the term statistics; for after a change of the weights,
 * a bulk import, or a restore. Rows of items that may no longer have suggestions are deleted in
 * bulk first. Queue entries older than the start are covered by the run and removed at the end.
 */
export async function alleSuggestiesHerberekenen(db: Db, opties: HerberekenOpties = {}): Promise<HerberekenResultaat> {
  const gestart = performance.now();
  const richtingen = opties.richtingen ?? ['vraagstuk', 'aanbod'];
  // The database's clock, as text: the queue's timestamps are compared with it at the end.
  const [{ nu }] = rijenVan<{ nu: string }>(await db.execute(sql`select now()::text as nu`)) as [{ nu: string }];
  await statistiekVerversen(db);
  const gewichten: Gewichten = (await leesConfiguratie(db)).gewichten;

  await db.execute(sql`delete from suggesties s where s.richting = 'vraagstuk' and not exists (
    select 1 from vraagstukken v where v.id = s.vraagstuk_id and v.status in ('ingediend', 'gepubliceerd', 'in-gesprek'))`);
  await db.execute(sql`delete from suggesties s where s.richting = 'aanbod' and not exists (
    select 1 from aanbod a where a.id = s.kandidaat_id and a.status = 'gepubliceerd')`);

  const vraagstukIds = richtingen.includes('vraagstuk')
    ? (
        await db
          .select({ id: vraagstukken.id })
          .from(vraagstukken)
          .where(inArray(vraagstukken.status, [...suggereerbareVraagstukStatussen]))
          .orderBy(asc(vraagstukken.id))
      ).map((r) => r.id)
    : [];
  const aanbodIds = richtingen.includes('aanbod')
    ? (await db.select({ id: aanbod.id }).from(aanbod).where(eq(aanbod.status, 'gepubliceerd')).orderBy(asc(aanbod.id))).map((r) => r.id)
    : [];
  const taken = [
    ...vraagstukIds.map((id) => () => bijwerkenVoorVraagstuk(db, id, { gewichten })),
    ...aanbodIds.map((id) => () => bijwerkenVoorAanbod(db, id, { gewichten })),
  ];

  const resultaat: HerberekenResultaat = { vraagstukken: vraagstukIds.length, aanbod: aanbodIds.length, mislukt: 0, ms: 0 };
  let volgende = 0;
  let klaar = 0;
  // A few workers over one list of tasks: each takes the next until none is left.
  const werker = async () => {
    while (volgende < taken.length) {
      const taak = taken[volgende++]!;
      try {
        await taak();
      } catch (error) {
        resultaat.mislukt++;
        resultaat.fout ??= error;
      }
      opties.opVoortgang?.(++klaar, taken.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opties.gelijktijdig ?? 2) }, werker));

  await db.delete(matchingWachtrij).where(and(lt(matchingWachtrij.sinds, sql`${nu}::timestamptz`), inArray(matchingWachtrij.soort, [...richtingen])));
  resultaat.ms = Math.round(performance.now() - gestart);
  return resultaat;
}
