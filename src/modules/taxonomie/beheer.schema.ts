import { z } from 'zod';

/**
 * The beheer forms, as posted (strings). Messages are i18n keys; other refusals get the generic
 * messages of src/web/forms.ts. The API has its own JSON schemas (taxonomie.schema.ts) with the
 * same limits, taken from here.
 */
export const codePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const niveaus = ['mbo', 'hbo', 'wo'] as const;
export const diepgangen = ['kennismaking', 'verkenning', 'toepassing', 'onderzoek', 'kennisoverdracht', 'structureel', 'talent'] as const;
export const limits = { naam: 100, beschrijving: 2000, term: 100, code: 50, weken: 520, studenten: 10_000 } as const;

const versie = z.coerce.number().int().min(1).max(2_147_483_647);
const naam = z.string().trim().min(1).max(limits.naam);
const beschrijving = z
  .string()
  .trim()
  .max(limits.beschrijving)
  .optional()
  .transform((v) => (v ? v : null));

const themaVelden = { naamNl: naam, naamEn: naam, beschrijvingNl: beschrijving, beschrijvingEn: beschrijving };

export const themaFormSchema = z.object({ versie, ...themaVelden });

export const nieuwThemaFormSchema = z.object({
  code: z.string().trim().min(1).max(limits.code).regex(codePattern, 'taxonomie.fouten.code'),
  ...themaVelden,
});

export const synoniemFormSchema = z.object({
  taal: z.enum(['nl', 'en'], { message: 'taxonomie.fouten.taal' }),
  term: z.string().trim().min(1).max(limits.term),
});

const aantal = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, 'taxonomie.fouten.geheelGetal')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

export const samenwerkingsvormFormSchema = z
  .object({
    versie,
    naamNl: naam,
    naamEn: naam,
    niveauMbo: z.literal('on').optional(),
    niveauHbo: z.literal('on').optional(),
    niveauWo: z.literal('on').optional(),
    wekenMin: aantal(limits.weken),
    wekenMax: aantal(limits.weken),
    studentenMin: aantal(limits.studenten),
    studentenMax: aantal(limits.studenten),
    diepgang: z.enum(diepgangen, { message: 'taxonomie.fouten.diepgang' }),
  })
  .superRefine((v, ctx) => {
    if (!v.niveauMbo && !v.niveauHbo && !v.niveauWo) ctx.addIssue({ code: 'custom', path: ['niveauMbo'], message: 'taxonomie.fouten.niveaus' });
    if (v.wekenMin > v.wekenMax) ctx.addIssue({ code: 'custom', path: ['wekenMax'], message: 'taxonomie.fouten.minMax' });
    if (v.studentenMin > v.studentenMax) ctx.addIssue({ code: 'custom', path: ['studentenMax'], message: 'taxonomie.fouten.minMax' });
  })
  .transform(({ niveauMbo, niveauHbo, niveauWo, versie: v, ...rest }) => ({
    versie: v,
    velden: {
      ...rest,
      niveaus: niveaus.filter((n) => ({ mbo: niveauMbo, hbo: niveauHbo, wo: niveauWo })[n] === 'on'),
    },
  }));

export const provincieFormSchema = z.object({
  provincie: z.string().min(1).max(100),
  versie,
  regio: z.string().min(1, 'taxonomie.fouten.regio').max(100),
});

export const regioFormSchema = z.object({
  naamWas: z.string().max(limits.naam),
  naam,
});
