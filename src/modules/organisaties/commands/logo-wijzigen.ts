import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import type { LogoType } from '../logo.ts';
import { organisaties } from '../schema.ts';
import type { CommandContext } from './context.ts';

const sha256 = (bytes: Uint8Array | null) => (bytes ? createHash('sha256').update(bytes).digest('hex') : null);

/**
 * Stores (or, with `logo: null`, removes) the logo of an organisatie; the caller checked the bytes
 * with checkLogo. A logo replaces the old one as a whole, so no version check: but it raises the
 * versie, so that API clients see the organisatie changed. The audit log keeps a hash, not the image.
 */
export async function logoWijzigen(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; logo: { bytes: Uint8Array; type: LogoType } | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [voor] = await tx
      .select({ logo: organisaties.logo, logoType: organisaties.logoType })
      .from(organisaties)
      .where(and(eq(organisaties.id, input.organisatieId), isNull(organisaties.samengevoegdIn)))
      .for('update');
    if (!voor) throw new NotFoundError();
    await tx
      .update(organisaties)
      .set({
        logo: input.logo?.bytes ?? null,
        logoType: input.logo?.type ?? null,
        versie: sql`${organisaties.versie} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(organisaties.id, input.organisatieId));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: input.logo ? 'organisatie.logo-gewijzigd' : 'organisatie.logo-verwijderd',
      objectType: 'organisatie',
      objectId: input.organisatieId,
      voor: { logoType: voor.logoType, logoSha256: sha256(voor.logo) },
      na: { logoType: input.logo?.type ?? null, logoSha256: sha256(input.logo?.bytes ?? null) },
      requestId: ctx.requestId,
    });
  });
}

/** The logo bytes and type for serving, with an ETag made of their hash. */
export async function leesLogo(db: Db, slug: string) {
  const [row] = await db
    .select({ logo: organisaties.logo, logoType: organisaties.logoType })
    .from(organisaties)
    .where(eq(organisaties.slug, slug))
    .limit(1);
  if (!row?.logo || !row.logoType) return undefined;
  return { bytes: row.logo, type: row.logoType, etag: `"${sha256(row.logo)!.slice(0, 32)}"` };
}
