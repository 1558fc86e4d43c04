import { z } from '@hono/zod-openapi';
import { safeText } from '../../platform/zod-helpers.ts';
import { brinCodeSchema, oinSchema, rioCodeSchema, websiteSchema } from './identificatie.schema.ts';
import { organisatieSoorten, rijksorganisatieTypes } from './schema.ts';

/**
 * The editable fields of an organisatie, shared by the edit form and PUT /organisaties/{id}.
 * The form sends strings (steden comma-separated, domains one per line); the API sends JSON.
 * Both end up as one OrganisatieWijziging for the command.
 */
export type OrganisatieWijziging = {
  naam: string;
  afkorting: string | null;
  /** Only a beheerder may change it; undefined keeps the current soort. */
  soort?: (typeof organisatieSoorten)[number] | undefined;
  type: (typeof rijksorganisatieTypes)[number] | null;
  bovenliggendeId: string | null;
  provincie: string;
  steden: string[];
  website: string | null;
  oin: string | null;
  brinCode: string | null;
  rioOnderwijsaanbiederCode: string | null;
  rioOnderwijsbestuurCode: string | null;
  emailDomeinen: string[];
  beschrijvingNl: string | null;
  beschrijvingEn: string | null;
};

// A host name in lower case; a leading '@' (as in '@hva.nl') is dropped.
const domeinPattern = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const domeinSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ''))
  .refine((d) => domeinPattern.test(d), { message: 'organisaties.fouten.domein' })
  .openapi({ description: 'Een e-maildomein, zoals hva.nl', example: 'hva.nl' });

const stadSchema = safeText(100).pipe(z.string().min(1));
const beschrijvingSchema = safeText(5000);

/** '' means "not given" in a form: a cleared field becomes null. */
const emptyToNull = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable());

/** The form: every field a string. Messages are i18n keys (see forms.ts). */
export const organisatieFormSchema = z
  .object({
    versie: z.coerce.number().int().min(1),
    naam: safeText(200).pipe(z.string().min(2)),
    afkorting: emptyToNull(safeText(30)),
    soort: z.preprocess((v) => (v === '' ? undefined : v), z.enum(organisatieSoorten).optional()),
    type: emptyToNull(z.enum(rijksorganisatieTypes)),
    bovenliggendeId: emptyToNull(z.uuid()),
    provincie: safeText(100).pipe(z.string().min(1)),
    steden: z
      .string()
      .max(2000)
      .default('')
      .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
      .pipe(z.array(stadSchema).max(20)),
    website: emptyToNull(websiteSchema),
    oin: emptyToNull(oinSchema),
    brinCode: emptyToNull(brinCodeSchema),
    rioOnderwijsaanbiederCode: emptyToNull(rioCodeSchema),
    rioOnderwijsbestuurCode: emptyToNull(rioCodeSchema),
    emailDomeinen: z
      .string()
      .max(5000)
      .default('')
      .transform((s) => [...new Set(s.split(/[\r\n]+/).map((x) => x.trim()).filter(Boolean))])
      .pipe(z.array(domeinSchema).max(50)),
    beschrijvingNl: emptyToNull(beschrijvingSchema),
    beschrijvingEn: emptyToNull(beschrijvingSchema),
  })
  .transform(({ versie, ...wijziging }) => ({ versie, wijziging: wijziging as OrganisatieWijziging }));

/** The API body of PUT /organisaties/{id}: all editable fields; a field left out is cleared. */
export const organisatieWijzigingSchema = z
  .object({
    naam: safeText(200).pipe(z.string().min(2)).openapi({ description: 'Naam van de organisatie', example: 'Logius' }),
    afkorting: safeText(30).nullable().optional().openapi({ description: 'Afkorting, zoals BZK' }),
    soort: z.enum(organisatieSoorten).optional().openapi({ description: 'Soort organisatie; alleen een beheerder mag hem wijzigen' }),
    type: z.enum(rijksorganisatieTypes).nullable().optional().openapi({ description: 'Type rijksorganisatie (alleen bij soort rijksorganisatie)' }),
    bovenliggendeOrganisatieId: z.uuid().nullable().optional().openapi({ description: 'Id van het bovenliggende ministerie' }),
    provincie: safeText(100).pipe(z.string().min(1)).openapi({ description: 'Provincie van de hoofdvestiging', example: 'Zuid-Holland' }),
    steden: z.array(stadSchema).max(20).optional().openapi({ description: 'Vestigingsplaatsen' }),
    website: websiteSchema.nullable().optional(),
    oin: oinSchema.nullable().optional(),
    brinCode: brinCodeSchema.nullable().optional(),
    rioOnderwijsaanbiederCode: rioCodeSchema.nullable().optional(),
    rioOnderwijsbestuurCode: rioCodeSchema.nullable().optional(),
    emailDomeinen: z.array(domeinSchema).max(50).optional().openapi({ description: 'E-maildomeinen van de organisatie; een domein hoort bij één organisatie' }),
    beschrijving: z
      .object({ nl: beschrijvingSchema.nullable().optional(), en: beschrijvingSchema.nullable().optional() })
      .optional()
      .openapi({ description: 'Beschrijving per taal' }),
  })
  .openapi('OrganisatieWijziging');

export function wijzigingFromApi(body: z.infer<typeof organisatieWijzigingSchema>): OrganisatieWijziging {
  const orNull = <T>(v: T | null | undefined): T | null => (v === undefined || v === '' ? null : v);
  return {
    naam: body.naam,
    afkorting: orNull(body.afkorting),
    soort: body.soort,
    type: orNull(body.type),
    bovenliggendeId: orNull(body.bovenliggendeOrganisatieId),
    provincie: body.provincie,
    steden: [...new Set(body.steden ?? [])],
    website: orNull(body.website),
    oin: orNull(body.oin),
    brinCode: orNull(body.brinCode),
    rioOnderwijsaanbiederCode: orNull(body.rioOnderwijsaanbiederCode),
    rioOnderwijsbestuurCode: orNull(body.rioOnderwijsbestuurCode),
    emailDomeinen: [...new Set(body.emailDomeinen ?? [])],
    beschrijvingNl: orNull(body.beschrijving?.nl),
    beschrijvingEn: orNull(body.beschrijving?.en),
  };
}
