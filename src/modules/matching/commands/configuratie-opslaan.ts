import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { recordAudit } from '../../audit/index.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { gewichtenSchema, signalen, type Gewichten } from '../configuratie.ts';
import { matchingConfiguratie, matchingWachtrij } from '../schema.ts';

/** Who saves, for the audit log. */
export type ConfiguratieContext = { actor: AccountActor; requestId?: string | undefined };

export type ConfiguratieInvoer = {
  /** Checked here with gewichtenSchema: the API or a script may send anything. */
  gewichten: unknown;
  stagnatieDagen: number;
  /** The versie the beheerder read (optimistic locking). */
  versie: number;
};

/** A refused field: `veld` is a signal name, 'stagnatieDagen' or 'gewichten' (all of them), `key` an i18n key. */
export type ConfiguratieFout = { veld: string; key: string };

export type ConfiguratieResultaat =
  | { ok: true; versie: number; gewichtenGewijzigd: boolean; inWachtrij: number }
  | { ok: false; reden: 'ongeldig'; fouten: ConfiguratieFout[] }
  | { ok: false; reden: 'verouderd'; huidigeVersie: number };

export const stagnatieDagenGrenzen = { min: 1, max: 365 } as const;

/**
 * The statuses in which a vraagstuk has suggestions: the same as the trigger of migration 0009
 * that puts a changed vraagstuk in the queue (from submission until it is closed).
 */
const vraagstukStatussenMetSuggesties = ['ingediend', 'gepubliceerd', 'in-gesprek'] as const;

export const audit = { actie: 'matching.gewichten-gewijzigd', objectType: 'matching_configuratie', objectId: '1' } as const;

/**
 * A beheerder saves the engine's weights and the stalling threshold over the version they read.
 * When a weight changed, every stored suggestion was computed under the old weights: all open
 * vraagstukken and published aanbod go into matching_wachtrij (one INSERT ... SELECT each) so that
 * the matching job recomputes them in the background, instead of recomputing thousands of lists
 * inside this request.
 */
export async function configuratieOpslaan(db: Db, ctx: ConfiguratieContext, invoer: ConfiguratieInvoer): Promise<ConfiguratieResultaat> {
  const fouten = valideerConfiguratie(invoer);
  if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten };
  const gewichten = gewichtenSchema.parse(invoer.gewichten) as Gewichten;

  return db.transaction(async (tx) => {
    const [voor] = await tx.select().from(matchingConfiguratie).where(eq(matchingConfiguratie.id, 1)).for('update');
    if (!voor) throw new Error('matching_configuratie has no row: migration 0009 inserts it');
    if (voor.versie !== invoer.versie) return { ok: false as const, reden: 'verouderd' as const, huidigeVersie: voor.versie };

    const [na] = await tx
      .update(matchingConfiguratie)
      .set({
        // In signal order, so that the stored object and the audit diff read alike every time.
        gewichten: Object.fromEntries(signalen.map((s) => [s, gewichten[s]])),
        stagnatieDagen: invoer.stagnatieDagen,
        versie: sql`${matchingConfiguratie.versie} + 1`,
        bijgewerktDoor: ctx.actor.accountId,
        bijgewerktOp: new Date(),
      })
      .where(and(eq(matchingConfiguratie.id, 1), eq(matchingConfiguratie.versie, invoer.versie)))
      .returning();
    if (!na) return { ok: false as const, reden: 'verouderd' as const, huidigeVersie: voor.versie };

    await recordAudit(tx, {
      actor: ctx.actor,
      ...audit,
      voor: { gewichten: voor.gewichten, stagnatieDagen: voor.stagnatieDagen },
      na: { gewichten: na.gewichten, stagnatieDagen: na.stagnatieDagen },
      requestId: ctx.requestId,
    });

    // The stalling threshold does not change any score: only new weights make suggestions stale.
    const gewichtenGewijzigd = signalen.some((s) => Number(voor.gewichten[s]) !== gewichten[s]);
    let inWachtrij = 0;
    if (gewichtenGewijzigd) {
      const v = await tx
        .insert(matchingWachtrij)
        .select(
          tx
            .select({ soort: sql<'vraagstuk'>`'vraagstuk'`.as('soort'), documentId: vraagstukken.id, sinds: sql<Date>`now()`.as('sinds') })
            .from(vraagstukken)
            .where(inArray(vraagstukken.status, vraagstukStatussenMetSuggesties)),
        )
        .onConflictDoNothing()
        .returning({ id: matchingWachtrij.documentId });
      const a = await tx
        .insert(matchingWachtrij)
        .select(
          tx
            .select({ soort: sql<'aanbod'>`'aanbod'`.as('soort'), documentId: aanbod.id, sinds: sql<Date>`now()`.as('sinds') })
            .from(aanbod)
            .where(eq(aanbod.status, 'gepubliceerd')),
        )
        .onConflictDoNothing()
        .returning({ id: matchingWachtrij.documentId });
      inWachtrij = v.length + a.length;
    }
    return { ok: true as const, versie: na.versie, gewichtenGewijzigd, inWachtrij };
  });
}

/** Field by field, so that a form can point at each refused field; then the whole with gewichtenSchema. */
export function valideerConfiguratie(invoer: Omit<ConfiguratieInvoer, 'versie'>): ConfiguratieFout[] {
  const fouten: ConfiguratieFout[] = [];
  const g = invoer.gewichten;
  if (typeof g !== 'object' || g === null || Array.isArray(g)) {
    fouten.push({ veld: 'gewichten', key: 'algoritme.beheer.fouten.gewicht' });
  } else {
    const waarden = g as Record<string, unknown>;
    for (const s of signalen) {
      const w = waarden[s];
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1) fouten.push({ veld: s, key: 'algoritme.beheer.fouten.gewicht' });
    }
    const onbekend = Object.keys(waarden).filter((k) => !(signalen as readonly string[]).includes(k));
    if (onbekend.length > 0) fouten.push({ veld: 'gewichten', key: 'algoritme.beheer.fouten.onbekendSignaal' });
    // Every score is a weighted mean: with all weights 0 there is nothing to divide by.
    if (fouten.length === 0 && signalen.every((s) => waarden[s] === 0)) fouten.push({ veld: 'gewichten', key: 'algoritme.beheer.fouten.allesNul' });
    if (fouten.length === 0 && !gewichtenSchema.safeParse(g).success) fouten.push({ veld: 'gewichten', key: 'algoritme.beheer.fouten.gewicht' });
  }
  const d = invoer.stagnatieDagen;
  if (!Number.isInteger(d) || d < stagnatieDagenGrenzen.min || d > stagnatieDagenGrenzen.max) fouten.push({ veld: 'stagnatieDagen', key: 'algoritme.beheer.fouten.stagnatieDagen' });
  return fouten;
}
