import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { themas, themaSynoniemen } from './schema.ts';

/** The bundled default synonyms (reference/thema-synoniemen.json). */
export const defaultSynoniemenFile = fileURLToPath(new URL('../../../reference/thema-synoniemen.json', import.meta.url));

const term = z.string().trim().min(1).max(100);
export const synoniemenFileSchema = z.object({
  items: z.array(z.object({ thema: z.string().regex(/^[a-z0-9-]+$/), nl: z.array(term).default([]), en: z.array(term).default([]) })),
});
export type SynoniemenFile = z.infer<typeof synoniemenFileSchema>;

export type SynoniemenImportReport = { toegevoegd: number; ongewijzigd: number; onbekendeThemas: string[] };

export async function readSynoniemenFile(file = defaultSynoniemenFile): Promise<SynoniemenFile> {
  const parsed = synoniemenFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file} is not a valid synonym list: ${first}`);
  }
  return parsed.data;
}

/**
 * Loads the default synonyms, after the themes (call it in the reference import's transaction).
 * Idempotent: a term that exists in that language (for any theme, in any case) is left alone, so a
 * second run adds nothing and a term a beheerder moved to another theme stays where it is. Themes
 * that are not in the database are reported, not fatal.
 */
export async function importThemaSynoniemen(tx: Db, data?: SynoniemenFile): Promise<SynoniemenImportReport> {
  const list = data ?? (await readSynoniemenFile());
  const known = new Set((await tx.select({ code: themas.code }).from(themas)).map((r) => r.code));
  const existing = new Set((await tx.select({ taal: themaSynoniemen.taal, term: themaSynoniemen.term }).from(themaSynoniemen)).map((r) => `${r.taal}:${r.term.toLowerCase()}`));
  const report: SynoniemenImportReport = { toegevoegd: 0, ongewijzigd: 0, onbekendeThemas: [] };
  const values: (typeof themaSynoniemen.$inferInsert)[] = [];
  for (const item of list.items) {
    if (!known.has(item.thema)) {
      report.onbekendeThemas.push(item.thema);
      continue;
    }
    for (const taal of ['nl', 'en'] as const) {
      for (const t of item[taal]) {
        const key = `${taal}:${t.toLowerCase()}`;
        if (existing.has(key)) {
          report.ongewijzigd++;
          continue;
        }
        existing.add(key);
        values.push({ themaCode: item.thema, taal, term: t });
      }
    }
  }
  if (values.length > 0) await tx.insert(themaSynoniemen).values(values).onConflictDoNothing();
  report.toegevoegd = values.length;
  return report;
}
