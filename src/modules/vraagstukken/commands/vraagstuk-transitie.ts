import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { dutchDate, recordAudit } from '../../audit/index.ts';
import { handmatigeSluitredenen, kan, transities, type Transitie } from '../lifecycle.ts';
import { mayTransition } from '../policy.ts';
import { vraagstukken, type VraagstukStatus } from '../schema.ts';
import { opmerkingSchema } from '../vraagstuk.schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { gebeurtenis, vergrendel, zonderZoekvector } from './regels.ts';

export type VraagstukTransitieResult =
  | { ok: true; status: VraagstukStatus; versie: number }
  | { ok: false; reden: 'verouderd' }
  | { ok: false; reden: 'niet-mogelijk' }
  | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/**
 * One step in the lifecycle (lifecycle.ts says from where, policy.ts by whom). Returning needs a
 * remark, which the owner then sees until resubmitting; closing needs a reason; submitting refuses a
 * deadline that has passed (the verbinder could only let it expire). 'verlopen' is the job's, not
 * a person's. Every step is a line in the visible history and an audit entry.
 */
export async function vraagstukTransitie(
  db: Db,
  ctx: CommandContext,
  input: { id: string; versie: number; transitie: Transitie; opmerking?: string | null | undefined; sluitreden?: 'afgerond' | 'niet-opgepakt' | undefined; nu?: Date },
): Promise<VraagstukTransitieResult> {
  const nu = input.nu ?? new Date();
  return db.transaction(async (tx) => {
    const huidig = await vergrendel(tx, input.id);
    if (!huidig) throw new NotFoundError('No such vraagstuk');
    const { rij: voor, resource } = huidig;
    if (input.transitie === 'verlopen') return { ok: false, reden: 'niet-mogelijk' } as const;
    if (!mayTransition(ctx.actor, input.transitie, resource)) throw new ForbiddenError('Not allowed to do this transition');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    if (!kan(input.transitie, voor.status)) return { ok: false, reden: 'niet-mogelijk' } as const;

    const fouten: VeldFout[] = [];
    const opmerking = opmerkingSchema.safeParse(input.opmerking ?? null);
    if (!opmerking.success) fouten.push({ veld: 'opmerking', key: opmerking.error.issues[0]?.message ?? 'vraagstukken.fouten.opmerkingLengte', soort: 'ongeldig' });
    const tekst = opmerking.success ? (opmerking.data ?? null) : null;
    if (input.transitie === 'terugsturen' && opmerking.success && !tekst) fouten.push({ veld: 'opmerking', key: 'vraagstukken.fouten.opmerkingVerplicht', soort: 'ongeldig' });
    if (input.transitie === 'sluiten' && !(input.sluitreden && handmatigeSluitredenen.includes(input.sluitreden))) {
      fouten.push({ veld: 'sluitreden', key: 'vraagstukken.fouten.sluitredenVerplicht', soort: 'ongeldig' });
    }
    if (input.transitie === 'indienen' && voor.deadline && voor.deadline < dutchDate(nu)) {
      fouten.push({ veld: 'deadline', key: 'vraagstukken.fouten.deadlineVerstreken', soort: 'conflict' });
    }
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;

    const naar = transities[input.transitie].naar;
    const extra =
      input.transitie === 'indienen'
        ? { ingediendOp: nu, opmerkingVerbinder: null }
        : input.transitie === 'publiceren'
          ? { gepubliceerdOp: nu, opmerkingVerbinder: null }
          : input.transitie === 'terugsturen'
            ? { opmerkingVerbinder: tekst }
            : input.transitie === 'sluiten'
              ? { sluitreden: input.sluitreden!, geslotenOp: nu }
              : {};
    const [na] = await tx
      .update(vraagstukken)
      .set({ status: naar, ...extra, versie: sql`${vraagstukken.versie} + 1`, updatedAt: nu })
      .where(and(eq(vraagstukken.id, voor.id), eq(vraagstukken.versie, input.versie)))
      .returning(zonderZoekvector);
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await gebeurtenis(tx, { vraagstukId: voor.id, actor: ctx.actor, soort: naar, van: voor.status, naar, opmerking: tekst, ...(input.nu ? { op: input.nu } : {}) });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: `vraagstuk.${input.transitie}`,
      objectType: 'vraagstuk',
      objectId: voor.id,
      voor: { status: voor.status, sluitreden: voor.sluitreden, opmerkingVerbinder: voor.opmerkingVerbinder },
      na: { status: na.status, sluitreden: na.sluitreden, opmerkingVerbinder: na.opmerkingVerbinder, opmerking: tekst },
      requestId: ctx.requestId,
    });
    return { ok: true, status: na.status, versie: na.versie } as const;
  });
}
