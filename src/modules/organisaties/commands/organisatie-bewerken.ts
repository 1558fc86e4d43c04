import { and, eq, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { provincies } from '../../taxonomie/schema.ts';
import type { OrganisatieWijziging } from '../organisatie-wijziging.schema.ts';
import { can } from '../policy.ts';
import { organisatieDomeinen, organisaties } from '../schema.ts';
import type { CommandContext, VeldFout } from './context.ts';

export type BewerkenResult =
  | { ok: true; versie: number }
  | { ok: false; reden: 'verouderd' }
  | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/** The fields the audit log compares (no logo bytes, no generated columns). */
function auditVelden(row: typeof organisaties.$inferSelect, domeinen: string[]) {
  return {
    naam: row.naam,
    afkorting: row.afkorting,
    soort: row.soort,
    type: row.type,
    bovenliggendeId: row.bovenliggendeId,
    provincie: row.provincie,
    steden: row.steden,
    website: row.website,
    oin: row.oin,
    brinCode: row.brinCode,
    rioOnderwijsaanbiederCode: row.rioOnderwijsaanbiederCode,
    rioOnderwijsbestuurCode: row.rioOnderwijsbestuurCode,
    emailDomeinen: domeinen,
    beschrijvingNl: row.beschrijvingNl,
    beschrijvingEn: row.beschrijvingEn,
  };
}

/**
 * Saves an edit of an organisatie, if it is based on the stored version (`versie`); otherwise
 * nothing is written and the caller says someone else saved in between. Checks what needs the data:
 * the parent is a ministry, the provincie exists, OIN, BRIN and e-mail domains belong to no other
 * organisatie. The caller has checked 'bewerken'; changing the soort needs 'soort-wijzigen'.
 */
export async function organisatieBewerken(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; versie: number; wijziging: OrganisatieWijziging },
): Promise<BewerkenResult> {
  const w = input.wijziging;
  return db.transaction(async (tx) => {
    const [voor] = await tx
      .select()
      .from(organisaties)
      .where(and(eq(organisaties.id, input.organisatieId), isNull(organisaties.samengevoegdIn)))
      .for('update');
    if (!voor) throw new NotFoundError('No organisation with this id');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;

    const soort = w.soort ?? voor.soort;
    if (soort !== voor.soort && !can(ctx.actor, 'soort-wijzigen', { organisatieId: voor.id })) {
      throw new ForbiddenError('Only a beheerder may change the soort of an organisatie');
    }
    const fouten: VeldFout[] = [];
    const type = soort === 'rijksorganisatie' ? w.type : null;
    if (soort !== 'rijksorganisatie' && w.type) fouten.push({ veld: 'type', key: 'organisaties.fouten.typeAlleenRijk', soort: 'ongeldig' });
    if (w.bovenliggendeId) {
      const [parent] = await tx
        .select({ id: organisaties.id, type: organisaties.type })
        .from(organisaties)
        .where(and(eq(organisaties.id, w.bovenliggendeId), isNull(organisaties.samengevoegdIn)));
      if (!parent || parent.type !== 'ministerie' || parent.id === voor.id) {
        fouten.push({ veld: 'bovenliggendeId', key: 'organisaties.fouten.bovenliggende', soort: 'ongeldig' });
      }
    }
    const [provincie] = await tx.select({ naam: provincies.naam }).from(provincies).where(eq(provincies.naam, w.provincie));
    if (!provincie) fouten.push({ veld: 'provincie', key: 'organisaties.fouten.provincie', soort: 'ongeldig' });

    // Identifiers and domains belong to one organisatie: name the other one, so the person can sort it out.
    for (const veld of ['oin', 'brinCode'] as const) {
      const value = w[veld];
      if (!value) continue;
      const [ander] = await tx
        .select({ naam: organisaties.naam })
        .from(organisaties)
        .where(and(eq(organisaties[veld], value), ne(organisaties.id, voor.id)));
      if (ander) fouten.push({ veld, key: 'organisaties.fouten.codeInGebruik', params: { code: value, organisatie: ander.naam }, soort: 'conflict' });
    }
    if (w.emailDomeinen.length > 0) {
      const anderen = await tx
        .select({ domein: organisatieDomeinen.domein, naam: organisaties.naam })
        .from(organisatieDomeinen)
        .innerJoin(organisaties, eq(organisaties.id, organisatieDomeinen.organisatieId))
        .where(and(inArray(organisatieDomeinen.domein, w.emailDomeinen), ne(organisatieDomeinen.organisatieId, voor.id)));
      for (const a of anderen) {
        fouten.push({ veld: 'emailDomeinen', key: 'organisaties.fouten.domeinInGebruik', params: { domein: a.domein, organisatie: a.naam }, soort: 'conflict' });
      }
    }
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;

    const domeinenVoor = (
      await tx.select({ domein: organisatieDomeinen.domein }).from(organisatieDomeinen).where(eq(organisatieDomeinen.organisatieId, voor.id))
    )
      .map((r) => r.domein)
      .sort();
    const [na] = await tx
      .update(organisaties)
      .set({
        naam: w.naam,
        afkorting: w.afkorting,
        soort,
        type,
        bovenliggendeId: w.bovenliggendeId,
        provincie: w.provincie,
        steden: w.steden,
        website: w.website,
        oin: w.oin,
        brinCode: w.brinCode,
        rioOnderwijsaanbiederCode: w.rioOnderwijsaanbiederCode,
        rioOnderwijsbestuurCode: w.rioOnderwijsbestuurCode,
        beschrijvingNl: w.beschrijvingNl,
        beschrijvingEn: w.beschrijvingEn,
        // Whoever edits a description has made it real content.
        beschrijvingIsDemo:
          voor.beschrijvingIsDemo && w.beschrijvingNl === voor.beschrijvingNl && w.beschrijvingEn === voor.beschrijvingEn,
        versie: sql`${organisaties.versie} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(organisaties.id, voor.id), eq(organisaties.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' } as const;

    const domeinenNa = [...w.emailDomeinen].sort();
    await tx
      .delete(organisatieDomeinen)
      .where(
        domeinenNa.length > 0
          ? and(eq(organisatieDomeinen.organisatieId, voor.id), notInArray(organisatieDomeinen.domein, domeinenNa))
          : eq(organisatieDomeinen.organisatieId, voor.id),
      );
    if (domeinenNa.length > 0) {
      await tx
        .insert(organisatieDomeinen)
        .values(domeinenNa.map((domein) => ({ domein, organisatieId: voor.id })))
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'organisatie.gewijzigd',
      objectType: 'organisatie',
      objectId: voor.id,
      voor: auditVelden(voor, domeinenVoor),
      na: auditVelden(na, domeinenNa),
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
