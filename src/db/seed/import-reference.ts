import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { organisaties } from '../../modules/organisaties/schema.ts';
import { provincies, regios, samenwerkingsvormen, themas } from '../../modules/taxonomie/schema.ts';
import { slugify } from '../../platform/slug.ts';
import { importDomains } from './import-domains.ts';
import { importThemaSynoniemen } from '../../modules/taxonomie/thema-synoniemen-import.ts';
import { ReferenceFileError, type ReferenceFile } from './reference-file.ts';

export type ImportCounts = { toegevoegd: number; bijgewerkt: number; ongewijzigd: number };
export type ImportReport = Record<'regios' | 'provincies' | 'themas' | 'samenwerkingsvormen' | 'organisaties', ImportCounts>;

const emptyCounts = (): ImportCounts => ({ toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 0 });

function same(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(a).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * Upserts the reference data in one transaction: running it twice changes nothing the second
 * time, and a file that contradicts itself (a province in no region) leaves the database as it was.
 * Records are matched on their stable key (code, name, or the slug of an organisation's name).
 */
export async function importReference(db: Db, data: ReferenceFile): Promise<ImportReport> {
  const regionOfProvince = new Map<string, string>();
  for (const [code, region] of Object.entries(data.regions.items)) {
    for (const province of region.provinces) regionOfProvince.set(province, code);
  }
  for (const p of data.provinces) {
    if (!regionOfProvince.has(p.name)) throw new ReferenceFileError(`Province '${p.name}' is in no region`);
  }
  const provinceNames = new Set(data.provinces.map((p) => p.name));
  for (const o of data.organisations.items) {
    if (!provinceNames.has(o.province)) {
      throw new ReferenceFileError(`Organisation '${o.name}' lies in unknown province '${o.province}'`);
    }
  }

  const result = await db.transaction(async (tx) => {
    const report: ImportReport = {
      regios: emptyCounts(),
      provincies: emptyCounts(),
      themas: emptyCounts(),
      samenwerkingsvormen: emptyCounts(),
      organisaties: emptyCounts(),
    };

    async function upsert<Row extends Record<string, unknown>>(
      counts: ImportCounts,
      existing: Map<string, Record<string, unknown>>,
      key: string,
      row: Row,
      insert: (row: Row) => Promise<unknown>,
      update: (row: Row) => Promise<unknown>,
    ) {
      const current = existing.get(key);
      if (!current) {
        await insert(row);
        counts.toegevoegd++;
      } else if (!same(row, current)) {
        await update(row);
        counts.bijgewerkt++;
      } else {
        counts.ongewijzigd++;
      }
    }

    const regioRows = new Map((await tx.select().from(regios)).map((r) => [r.code, r]));
    let order = 0;
    for (const [code, region] of Object.entries(data.regions.items)) {
      const row = { code, naam: region.name, volgorde: order++ };
      await upsert(report.regios, regioRows, code, row,
        (r) => tx.insert(regios).values(r),
        (r) => tx.update(regios).set(r).where(eq(regios.code, code)));
    }

    const provincieRows = new Map((await tx.select().from(provincies)).map((r) => [r.naam, r]));
    for (const p of data.provinces) {
      const row = { naam: p.name, hoofdstad: p.capital, regioCode: regionOfProvince.get(p.name)! };
      await upsert(report.provincies, provincieRows, p.name, row,
        (r) => tx.insert(provincies).values(r),
        (r) => tx.update(provincies).set(r).where(eq(provincies.naam, p.name)));
    }

    const themaRows = new Map((await tx.select().from(themas)).map((r) => [r.code, r]));
    for (const [i, t] of data.themes.entries()) {
      const row = { code: t.key, naamNl: t.nl, naamEn: t.en, volgorde: i };
      await upsert(report.themas, themaRows, t.key, row,
        (r) => tx.insert(themas).values(r),
        (r) => tx.update(themas).set(r).where(eq(themas.code, t.key)));
    }

    const vormRows = new Map((await tx.select().from(samenwerkingsvormen)).map((r) => [r.code, r]));
    for (const [i, f] of data.forms.entries()) {
      const row = {
        code: f.key,
        naamNl: f.nl,
        naamEn: f.en,
        niveaus: f.levels,
        wekenMin: f.typicalWeeks[0],
        wekenMax: f.typicalWeeks[1],
        studentenMin: f.typicalStudents[0],
        studentenMax: f.typicalStudents[1],
        diepgang: f.depth,
        volgorde: i,
      };
      await upsert(report.samenwerkingsvormen, vormRows, f.key, row,
        (r) => tx.insert(samenwerkingsvormen).values(r),
        (r) => tx.update(samenwerkingsvormen).set(r).where(eq(samenwerkingsvormen.code, f.key)));
    }

    // Organisations without a parent first, so that every parent (named by abbreviation) has an id
    // by the time its children are written.
    const orgRows = new Map((await tx.select().from(organisaties)).map((r) => [r.slug, r as Record<string, unknown>]));
    const idByAbbreviation = new Map<string, string>();
    const seen = new Set<string>();
    const ordered = [...data.organisations.items].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
    for (const o of ordered) {
      const slug = slugify(o.name);
      if (seen.has(slug)) throw new ReferenceFileError(`Organisation '${o.name}' appears twice`);
      seen.add(slug);
      const bovenliggendeId = o.parent ? idByAbbreviation.get(o.parent) : null;
      if (bovenliggendeId === undefined) {
        throw new ReferenceFileError(`Organisation '${o.name}' names unknown parent '${o.parent}'`);
      }
      const row = {
        slug,
        naam: o.name,
        afkorting: o.abbreviation ?? null,
        soort: o.kind,
        type: o.type ?? null,
        bovenliggendeId,
        provincie: o.province,
        steden: o.cities,
        bron: 'referentie' as const,
      };
      let id = orgRows.get(slug)?.id as string | undefined;
      // An organisatie that a register import (ROO, DUO) or a person has taken over since is theirs
      // now: the reference file must not write its old values back.
      const existingBron = orgRows.get(slug)?.bron;
      if (existingBron !== undefined && existingBron !== 'referentie') {
        report.organisaties.ongewijzigd++;
        if (o.abbreviation) idByAbbreviation.set(o.abbreviation, id!);
        continue;
      }
      await upsert(report.organisaties, orgRows, slug, row,
        async (r) => {
          const [inserted] = await tx.insert(organisaties).values(r).returning({ id: organisaties.id });
          id = inserted!.id;
        },
        (r) => tx.update(organisaties).set({ ...r, updatedAt: new Date() }).where(eq(organisaties.slug, slug)));
      if (o.abbreviation) idByAbbreviation.set(o.abbreviation, id!);
    }
    // The e-mail and SSO domains of the organisaties (reference/organisatie-domeinen.json); not in
    // the report, which counts the partnership file's own tables.
    await importDomains(tx);
    await importThemaSynoniemen(tx);
    return report;
  });
  // Fresh planner statistics after a bulk change: PGlite has no autovacuum to gather them.
  await db.execute(sql`analyze organisaties, provincies, regios`);
  return result;
}
