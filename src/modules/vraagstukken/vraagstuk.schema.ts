import { z } from '@hono/zod-openapi';
import { isoDate, optionalCount, optionalField, plainText } from '../../platform/zod-helpers.ts';
import { diepgangen, onderwijsniveaus } from '../taxonomie/schema.ts';
import { vertrouwelijkheden } from './schema.ts';

/**
 * What a civil servant says about a vraagstuk, shared by the form and the API (POST/PUT). Messages
 * are i18n keys (locales/<l>/vraagstukken.json, 'fouten.*'); the API sends the key as the reason.
 * Text is plain text: paragraphs separated by a blank line, https links recognised when shown,
 * always escaped.
 */
export const vraagstukLimieten = {
  titel: 150,
  context: 5000,
  vraag: 3000,
  resultaat: 3000,
  themas: 10,
  vormen: 13,
  contactpersonen: 5,
  studenten: 1000,
  teams: 100,
  duurWeken: 260,
  opmerking: 2000,
  bijlagen: 5,
  bijlageBytes: 5 * 1024 * 1024,
} as const;

/** Optional plain text; empty means none. */
export const vrijeTekst = (max: number, tooLong: string) => plainText(max, { tooLong, controlChars: 'vraagstukken.fouten.tekens' });
const optioneleDatum = optionalField(isoDate('vraagstukken.fouten.datum'));
const optioneelGetal = (max: number, message: string) => optionalCount(1, max, message);

const code = (message: string) => z.string().regex(/^[a-z0-9-]{1,60}$/, message);
const uniek = (a: string[]) => new Set(a).size === a.length;

export const vraagstukInvoerSchema = z
  .object({
    organisatieId: z.uuid('vraagstukken.fouten.organisatie').openapi({ description: 'De rijksorganisatie die de vraag stelt' }),
    onderdeelId: optionalField(z.uuid('vraagstukken.fouten.onderdeel')).openapi({
      description: 'Een onderdeel (directie, afdeling) van die organisatie',
    }),
    titelNl: vrijeTekst(vraagstukLimieten.titel, 'vraagstukken.fouten.titelLengte').openapi({ description: 'Titel in het Nederlands' }),
    titelEn: vrijeTekst(vraagstukLimieten.titel, 'vraagstukken.fouten.titelLengte').openapi({ description: 'Titel in het Engels' }),
    contextNl: vrijeTekst(vraagstukLimieten.context, 'vraagstukken.fouten.contextLengte').openapi({ description: 'De context (platte tekst)' }),
    contextEn: vrijeTekst(vraagstukLimieten.context, 'vraagstukken.fouten.contextLengte'),
    vraagNl: vrijeTekst(vraagstukLimieten.vraag, 'vraagstukken.fouten.vraagLengte').openapi({ description: 'De concrete vraag' }),
    vraagEn: vrijeTekst(vraagstukLimieten.vraag, 'vraagstukken.fouten.vraagLengte'),
    resultaatNl: vrijeTekst(vraagstukLimieten.resultaat, 'vraagstukken.fouten.resultaatLengte').openapi({ description: 'Het gewenste resultaat' }),
    resultaatEn: vrijeTekst(vraagstukLimieten.resultaat, 'vraagstukken.fouten.resultaatLengte'),
    themaCodes: z
      .array(code('vraagstukken.fouten.thema'))
      .min(1, 'vraagstukken.fouten.themaVerplicht')
      .max(vraagstukLimieten.themas, 'vraagstukken.fouten.teveelThemas')
      .refine(uniek, 'vraagstukken.fouten.dubbel')
      .openapi({ description: "Codes van thema's (zie /api/v1/themas), 1 tot 10" }),
    vormCodes: z
      .array(code('vraagstukken.fouten.vorm'))
      .max(vraagstukLimieten.vormen, 'vraagstukken.fouten.vorm')
      .refine(uniek, 'vraagstukken.fouten.dubbel')
      .openapi({ description: 'Codes van passende samenwerkingsvormen (zie /api/v1/samenwerkingsvormen)' }),
    niveaus: z
      .array(z.enum(onderwijsniveaus, 'vraagstukken.fouten.niveau'))
      .min(1, 'vraagstukken.fouten.niveauVerplicht')
      .refine(uniek, 'vraagstukken.fouten.dubbel')
      .openapi({ description: 'Onderwijsniveaus die passen' }),
    regioCode: code('vraagstukken.fouten.regio').openapi({ description: 'De regio (zie /api/v1/regios); de verbinder van deze regio beoordeelt' }),
    landelijk: z.boolean().default(false).openapi({ description: 'Ook open voor partners uit andere regio’s' }),
    vroegsteStart: optioneleDatum.openapi({ description: 'Vroegste start' }),
    deadline: optioneleDatum.openapi({ description: 'Deadline: tot wanneer partners kunnen reageren; daarna vervalt het vraagstuk' }),
    duurWeken: optioneelGetal(vraagstukLimieten.duurWeken, 'vraagstukken.fouten.duur').openapi({ description: 'Verwachte duur in weken' }),
    diepgang: optionalField(z.enum(diepgangen, 'vraagstukken.fouten.diepgang')).openapi({
      description: 'Hoe diep het werk gaat: kennismaking, verkenning, toepassing, onderzoek, structureel, kennisoverdracht, talent',
    }),
    aantalStudenten: optioneelGetal(vraagstukLimieten.studenten, 'vraagstukken.fouten.studenten').openapi({ description: 'Aantal studenten dat mee kan doen' }),
    aantalTeams: optioneelGetal(vraagstukLimieten.teams, 'vraagstukken.fouten.teams').openapi({ description: 'Aantal teams dat mee kan doen' }),
    vertrouwelijkheid: z.enum(vertrouwelijkheden, 'vraagstukken.fouten.vertrouwelijkheid').default('openbaar').openapi({
      description: "openbaar; partners (alleen voor ingelogde partners); na-introductie (details pas na een introductie)",
    }),
    contactpersoonIds: z
      .array(z.uuid('vraagstukken.fouten.contactpersoon'))
      .max(vraagstukLimieten.contactpersonen, 'vraagstukken.fouten.teveelContactpersonen')
      .refine(uniek, 'vraagstukken.fouten.dubbel')
      .default([])
      .openapi({ description: 'Accounts van contactpersonen: leden van de organisatie' }),
  })
  // One language is enough, but in that language the title and the question are required.
  .superRefine((v, ctx) => {
    const nl = [v.titelNl, v.contextNl, v.vraagNl, v.resultaatNl].some(Boolean);
    const en = [v.titelEn, v.contextEn, v.vraagEn, v.resultaatEn].some(Boolean);
    if (!nl && !en) {
      ctx.addIssue({ code: 'custom', path: ['titelNl'], message: 'vraagstukken.fouten.eenTaal' });
      return;
    }
    for (const [taal, on] of [['Nl', nl], ['En', en]] as const) {
      if (!on) continue;
      if (!v[`titel${taal}`]) ctx.addIssue({ code: 'custom', path: [`titel${taal}`], message: 'vraagstukken.fouten.titelVerplicht' });
      if (!v[`vraag${taal}`]) ctx.addIssue({ code: 'custom', path: [`vraag${taal}`], message: 'vraagstukken.fouten.vraagVerplicht' });
    }
    if (v.vroegsteStart && v.deadline && v.deadline > v.vroegsteStart) {
      // The deadline is the last day to respond, so it cannot lie after the start.
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'vraagstukken.fouten.deadlineNaStart' });
    }
  })
  .openapi('VraagstukInvoer');
export type VraagstukInvoer = z.infer<typeof vraagstukInvoerSchema>;

/** The remark that comes with returning, closing or withdrawing. Required when returning. */
export const opmerkingSchema = vrijeTekst(vraagstukLimieten.opmerking, 'vraagstukken.fouten.opmerkingLengte');
