import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { kandidaatRef } from './seed.ts';

/**
 * The baseline the engine must beat: plain full-text ranking on the text alone. The query is every
 * lexeme of the vraagstuk's own zoekvector (title, context, question, result) OR-ed together, ranked
 * by `ts_rank` over the zoekvector of the same candidate pool the engine draws from (published
 * aanbod, onderdelen of education organisations, public profiles). No themes, forms, levels, periods
 * or regio. Returns every matching candidate with its rank; the caller breaks ties by candidate key,
 * because ids are random and a tie broken by id would change from run to run.
 */
export async function baselineVoorVraagstuk(db: Db, vraagstukId: string): Promise<{ ref: string; rank: number }[]> {
  const result = await db.execute(sql`
    with q as (
      select coalesce(string_agg(quote_literal(l), ' | '), '')::tsquery as query
      from vraagstukken v, unnest(tsvector_to_array(v.zoekvector)) as l
      where v.id = ${vraagstukId}
    ),
    pool as (
      select 'aanbod' as soort, a.id, a.zoekvector from aanbod a where a.status = 'gepubliceerd'
      union all
      select 'onderdeel', o.id, o.zoekvector from onderdelen o join organisaties g on g.id = o.organisatie_id
      where g.soort <> 'rijksorganisatie' and o.soort in ('lectoraat', 'leerstoel', 'opleiding', 'lab', 'faculteit')
      union all
      select 'persoon', p.account_id, p.zoekvector from profielen p join accounts a on a.id = p.account_id
      where a.profiel_openbaar and a.verwijderd_op is null
    )
    select pool.soort, pool.id::text as id, ts_rank(pool.zoekvector, q.query) as rank
    from pool, q
    where pool.zoekvector @@ q.query
  `);
  // Both drivers (pg, PGlite) return { rows }; Drizzle's PgDatabase type does not say so.
  const rows = (result as unknown as { rows: { soort: string; id: string; rank: number | string }[] }).rows;
  return rows.map((r) => ({ ref: kandidaatRef(r.soort, r.id), rank: Number(r.rank) }));
}
