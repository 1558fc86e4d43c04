import { z } from 'zod';

/**
 * The beheer forms, as posted (strings). Messages are i18n keys; other refusals get the generic
 * messages of src/web/forms.ts. The API has its own JSON schemas (taxonomie.schema.ts) with the
 * same limits, taken from here.
 */
export const codePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const niveaus = ['mbo', 'hbo', 'wo'] as const;
export const diepgangen = ['kennismaking', 'verkenning', 'toepassing', 'onderzoek', 'kennisoverdracht', 'structureel', 'talent'] as const;
// Control characters (NUL above all: PostgreSQL refuses it in text) have no place in a name or a term;
// a description may have line breaks and tabs.
// eslint-disable-next-line no-control-regex
export const eenRegel = /^[^\u0000-\u001F\u007F]*$/;
// eslint-disable-next-line no-control-regex
export const meerRegels = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
export const limits = { naam: 100, beschrijving: 2000, term: 100, code: 50, weken: 520, studenten: 10_000 } as const;

const versie = z.coerce.number().int().min(1).max(2_147_483_647);
const naam = z.string().trim().min(1).max(limits.naam).regex(eenRegel);
const beschrijving = z
  .string()
  .trim()
  .max(limits.beschrijving)
  .regex(meerRegels)
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
  term: z.string().trim().min(1).max(limits.term).regex(eenRegel),
});

const aantal = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, 'taxonomie.fouten.geheelGetal')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

// A checkbox is sent as 'on' when ticked and not at all otherwise; anything else counts as not ticked.
const checkbox = z.string().max(10).optional();

export const samenwerkingsvormFormSchema = z
  .object({
    versie,
    naamNl: naam,
    naamEn: naam,
    niveauMbo: checkbox,
    niveauHbo: checkbox,
    niveauWo: checkbox,
    wekenMin: aantal(limits.weken),
    wekenMax: aantal(limits.weken),
    studentenMin: aantal(limits.studenten),
    studentenMax: aantal(limits.studenten),
    diepgang: z.enum(diepgangen, { message: 'taxonomie.fouten.diepgang' }),
  })
  .superRefine((v, ctx) => {
    if (v.niveauMbo !== 'on' && v.niveauHbo !== 'on' && v.niveauWo !== 'on') ctx.addIssue({ code: 'custom', path: ['niveauMbo'], message: 'taxonomie.fouten.niveaus' });
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
  provincie: z.string().min(1).max(100).regex(eenRegel),
  versie,
  regio: z.string().min(1, 'taxonomie.fouten.regio').max(100).regex(eenRegel),
});

export const regioFormSchema = z.object({
  naamWas: z.string().max(limits.naam).regex(eenRegel),
  naam,
});
