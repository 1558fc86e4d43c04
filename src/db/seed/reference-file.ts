import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { organisatieSoorten, rijksorganisatieTypes } from '../../modules/organisaties/schema.ts';

/** The bundled copy of the partnership's reference data (regions, provinces, organisations, themes, forms). */
export const defaultReferenceFile = fileURLToPath(new URL('../../../reference/partnership.json', import.meta.url));

const range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const referenceFileSchema = z.object({
  regions: z.object({
    items: z.record(z.string().regex(/^[a-z0-9-]+$/), z.object({ name: z.string().min(1), provinces: z.array(z.string()) })),
  }),
  provinces: z.array(z.object({ name: z.string().min(1), capital: z.string().min(1) })),
  organisations: z.object({
    items: z.array(
      z.object({
        kind: z.enum(organisatieSoorten),
        type: z.enum(rijksorganisatieTypes).optional(),
        name: z.string().min(1).max(200),
        abbreviation: z.string().max(40).optional(),
        parent: z.string().optional(),
        province: z.string().min(1),
        cities: z.array(z.string()).default([]),
      }),
    ),
  }),
  themes: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), nl: z.string().min(1), en: z.string().min(1) })),
  forms: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      nl: z.string().min(1),
      en: z.string().min(1),
      levels: z.array(z.enum(['mbo', 'hbo', 'wo'])),
      typicalWeeks: range,
      typicalStudents: range,
      depth: z.string().min(1),
    }),
  ),
});

export type ReferenceFile = z.infer<typeof referenceFileSchema>;

export class ReferenceFileError extends Error {}

export async function readReferenceFile(file = defaultReferenceFile): Promise<ReferenceFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReferenceFileError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = referenceFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new ReferenceFileError(`${file} is not valid reference data: ${first}`);
  }
  return parsed.data;
}
