import { and, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from '../../lidmaatschappen/schema.ts';
import { affiliaties } from '../../personen/schema.ts';
import { onderdelen, organisatieDomeinen, organisaties } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { uniekeSlug } from './onderdeel-regels.ts';

/** What a merge moves from the duplicate to the organisatie that is kept, counted. */
export type SamenvoegenOverzicht = {
  leden: number;
  /** Members of both: their membership of the duplicate is dropped, not moved. */
  dubbeleLeden: number;
  onderdelen: number;
  domeinen: number;
  uitnodigingen: number;
  verzoeken: number;
  affiliaties: number;
  onderliggende: number;
};

export async function samenvoegenOverzicht(db: Db, duplicaatId: string, behoudenId: string): Promise<SamenvoegenOverzicht> {
  const n = async (table: PgTable, where: SQL | undefined) =>
    (await db.select({ n: count() }).from(table).where(where))[0]?.n ?? 0;
  const alLid = db.select({ id: lidmaatschappen.accountId }).from(lidmaatschappen).where(eq(lidmaatschappen.organisatieId, behoudenId));
  const [leden, dubbeleLeden, onderdelenN, domeinen, uitnodigingenN, verzoeken, affiliatiesN, onderliggende] = await Promise.all([
    n(lidmaatschappen, eq(lidmaatschappen.organisatieId, duplicaatId)),
    n(lidmaatschappen, and(eq(lidmaatschappen.organisatieId, duplicaatId), inArray(lidmaatschappen.accountId, alLid))),
    n(onderdelen, eq(onderdelen.organisatieId, duplicaatId)),
    n(organisatieDomeinen, eq(organisatieDomeinen.organisatieId, duplicaatId)),
    n(uitnodigingen, eq(uitnodigingen.organisatieId, duplicaatId)),
    n(lidmaatschapsverzoeken, eq(lidmaatschapsverzoeken.organisatieId, duplicaatId)),
    n(affiliaties, eq(affiliaties.organisatieId, duplicaatId)),
    n(organisaties, eq(organisaties.bovenliggendeId, duplicaatId)),
  ]);
  return { leden: leden - dubbeleLeden, dubbeleLeden, onderdelen: onderdelenN, domeinen, uitnodigingen: uitnodigingenN, verzoeken, affiliaties: affiliatiesN, onderliggende };
}

/**
 * Merges a duplicate into the organisatie that is kept, in one transaction: members (those of both
 * keep their membership of the kept one), onderdelen (renamed slugs where they collide), e-mail
 * domains, invitations, join requests, affiliations and organisations under it move; the duplicate
 * stays as a pointer (samengevoegdIn), so its old address redirects. The caller checked 'samenvoegen'.
 */
export async function samenvoegen(db: Db, ctx: CommandContext, input: { duplicaatId: string; behoudenId: string }): Promise<SamenvoegenOverzicht> {
  if (input.duplicaatId === input.behoudenId) throw new ConflictError('An organisation cannot be merged into itself');
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: organisaties.id, naam: organisaties.naam, slug: organisaties.slug })
      .from(organisaties)
      .where(and(inArray(organisaties.id, [input.duplicaatId, input.behoudenId]), isNull(organisaties.samengevoegdIn)))
      .for('update');
    const duplicaat = rows.find((r) => r.id === input.duplicaatId);
    const behouden = rows.find((r) => r.id === input.behoudenId);
    if (!duplicaat || !behouden) throw new NotFoundError('Both organisations must exist and not be merged already');
    const { duplicaatId: van, behoudenId: naar } = input;
    const overzicht = await samenvoegenOverzicht(tx, van, naar);

    const alLid = tx.select({ id: lidmaatschappen.accountId }).from(lidmaatschappen).where(eq(lidmaatschappen.organisatieId, naar));
    await tx.delete(lidmaatschappen).where(and(eq(lidmaatschappen.organisatieId, van), inArray(lidmaatschappen.accountId, alLid)));
    await tx.update(lidmaatschappen).set({ organisatieId: naar }).where(eq(lidmaatschappen.organisatieId, van));

    for (const o of await tx.select({ id: onderdelen.id, naam: onderdelen.naam, slug: onderdelen.slug }).from(onderdelen).where(eq(onderdelen.organisatieId, van))) {
      const [botsing] = await tx.select({ id: onderdelen.id }).from(onderdelen).where(and(eq(onderdelen.organisatieId, naar), eq(onderdelen.slug, o.slug)));
      const slug = botsing ? await uniekeSlug(tx, naar, o.naam) : o.slug;
      await tx.update(onderdelen).set({ organisatieId: naar, slug, versie: sql`${onderdelen.versie} + 1`, updatedAt: new Date() }).where(eq(onderdelen.id, o.id));
    }
    await tx.update(organisatieDomeinen).set({ organisatieId: naar }).where(eq(organisatieDomeinen.organisatieId, van));
    await tx.update(uitnodigingen).set({ organisatieId: naar }).where(eq(uitnodigingen.organisatieId, van));
    await tx.update(lidmaatschapsverzoeken).set({ organisatieId: naar }).where(eq(lidmaatschapsverzoeken.organisatieId, van));
    await tx.update(affiliaties).set({ organisatieId: naar }).where(eq(affiliaties.organisatieId, van));
    await tx.update(organisaties).set({ bovenliggendeId: naar, versie: sql`${organisaties.versie} + 1` }).where(eq(organisaties.bovenliggendeId, van));
    await tx
      .update(organisaties)
      .set({ samengevoegdIn: naar, versie: sql`${organisaties.versie} + 1`, updatedAt: new Date() })
      .where(eq(organisaties.id, van));
    await tx.update(organisaties).set({ versie: sql`${organisaties.versie} + 1`, updatedAt: new Date() }).where(eq(organisaties.id, naar));

    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'organisatie.samengevoegd',
      objectType: 'organisatie',
      objectId: van,
      voor: { naam: duplicaat.naam, slug: duplicaat.slug, samengevoegdIn: null },
      na: { naam: duplicaat.naam, slug: duplicaat.slug, samengevoegdIn: naar, behoudenNaam: behouden.naam, verplaatst: overzicht },
      requestId: ctx.requestId,
    });
    return overzicht;
  });
}
