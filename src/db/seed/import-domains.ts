import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.ts';
import { organisatieDomeinen, organisaties } from '../../modules/organisaties/schema.ts';
import { ReferenceFileError } from './reference-file.ts';

/** The bundled list of login domains per organisatie (SURFconext schac_home_organization, e-mail domains). */
export const defaultDomainFile = fileURLToPath(new URL('../../../reference/organisatie-domeinen.json', import.meta.url));

const domain = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a lower-case domain name');

export const domainFileSchema = z.object({
  items: z.array(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), domeinen: z.array(domain).min(1) })),
});
export type DomainFile = z.infer<typeof domainFileSchema>;

export type DomainImportReport = { toegevoegd: number; ongewijzigd: number; onbekendeOrganisaties: string[] };

export async function readDomainFile(file = defaultDomainFile): Promise<DomainFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReferenceFileError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = domainFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ReferenceFileError(`${file} is not a valid domain list: ${first}`);
  }
  const seen = new Set<string>();
  for (const item of parsed.data.items) {
    for (const d of item.domeinen) {
      // A domain decides where a login lands: it can belong to one organisatie only.
      if (seen.has(d)) throw new ReferenceFileError(`${file}: domain '${d}' is listed twice`);
      seen.add(d);
    }
  }
  return parsed.data;
}

/**
 * Registers the domains of the reference list, after the organisaties are imported (call it with the
 * same transaction). Idempotent: a domain that is already registered is left as it is, also when
 * a beheerder moved it to another organisatie. Slugs that are not in the database are reported,
 * not fatal: the organisation list is edited separately and may lag behind.
 */
export async function importDomains(db: Db, data?: DomainFile): Promise<DomainImportReport> {
  const list = data ?? (await readDomainFile());
  const slugs = list.items.map((i) => i.slug);
  const rows = slugs.length
    ? await db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(inArray(organisaties.slug, slugs))
    : [];
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const values = list.items.flatMap((i) => {
    const organisatieId = idBySlug.get(i.slug);
    return organisatieId ? i.domeinen.map((d) => ({ domein: d, organisatieId })) : [];
  });
  const inserted = values.length
    ? await db.insert(organisatieDomeinen).values(values).onConflictDoNothing().returning({ domein: organisatieDomeinen.domein })
    : [];
  return {
    toegevoegd: inserted.length,
    ongewijzigd: values.length - inserted.length,
    onbekendeOrganisaties: slugs.filter((s) => !idBySlug.has(s)),
  };
}
