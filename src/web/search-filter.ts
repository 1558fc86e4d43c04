import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisaties } from '../modules/organisaties/index.ts';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../modules/taxonomie/index.ts';

/** The filter fields the public search lists (vraagstukken, aanbod) share. */
type GedeeldFilter = {
  thema?: string[] | undefined;
  vorm?: string[] | undefined;
  regio?: string | undefined;
  periodeVan?: string | undefined;
  periodeTot?: string | undefined;
  organisatie?: string | undefined;
};

/**
 * Checks a parsed list filter against the reference data: unknown theme, form or regio codes, an
 * unknown organisatie and a period that ends before it starts count as invalid, like malformed
 * values (their field name is added to `invalid` and the value dropped). Returns the name of the
 * organisatie the list is limited to, to show in the form.
 */
export async function checkSearchFilter(db: Db, filter: GedeeldFilter, invalid: Set<string>): Promise<{ organisatieNaam?: string }> {
  const [themas, vormen, regios] = await Promise.all([listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  const drop = (field: 'thema' | 'vorm', known: { code: string }[]) => {
    if (filter[field]?.some((c) => !known.some((k) => k.code === c))) {
      invalid.add(field);
      filter[field] = undefined;
    }
  };
  drop('thema', themas);
  drop('vorm', vormen);
  if (filter.regio && !regios.some((r) => r.code === filter.regio)) {
    invalid.add('regio');
    filter.regio = undefined;
  }
  if (filter.periodeVan && filter.periodeTot && filter.periodeTot < filter.periodeVan) {
    invalid.add('periode');
    filter.periodeVan = filter.periodeTot = undefined;
  }
  if (!filter.organisatie) return {};
  const column = /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(filter.organisatie) ? organisaties.id : organisaties.slug;
  const [org] = await db.select({ naam: organisaties.naam }).from(organisaties).where(eq(column, filter.organisatie)).limit(1);
  if (org) return { organisatieNaam: org.naam };
  invalid.add('organisatie');
  filter.organisatie = undefined;
  return {};
}
