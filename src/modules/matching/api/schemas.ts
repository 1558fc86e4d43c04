import { z } from '@hono/zod-openapi';
import { problemResponses } from '../../../api/responses.ts';
import { signalen } from '../configuratie.ts';
import { kandidaatSoorten, matchingDocumentSoorten } from '../schema.ts';

export { apiLocale, json, notModified, withEtag } from '../../../api/responses.ts';

/** OpenAPI response pieces of the matching operations (shared ones: src/api/responses.ts). */
export const problems = problemResponses({ 404: 'Niet gevonden, of u mag de suggesties ervan niet zien' });

export const tags = ['Matching'];

const tekst = (description: string) => z.string().openapi({ description });

/**
 * The Algoritmeregister entry (publication standard 1.0): the sections and fields of the standard,
 * in Dutch camelCase. Long texts are plain text: paragraphs separated by a blank line, list items on
 * lines that start with '- '. Texts in the language of Accept-Language (nl, en); enumerated values
 * (status) as the standard spells them.
 */
export const algoritmeSchema = z
  .object({
    id: z.string().openapi({ example: 'matching' }),
    algemeneInformatie: z.object({
      naam: z.string().max(100),
      korteOmschrijving: z.string().max(350).openapi({ description: 'Op taalniveau B1' }),
      organisatie: z.string(),
      thema: z.string(),
      status: z.enum(['In gebruik', 'In ontwikkeling', 'Buiten gebruik']),
      begindatum: z.string().openapi({ format: 'date', example: '2026-11-28' }),
      einddatum: z.string().nullable().openapi({ format: 'date' }),
      contactgegevens: z.string(),
      linkNaarPubliekspagina: z.string(),
    }),
    verantwoordGebruik: z.object({
      doelEnImpact: z.string(),
      afwegingen: z.string(),
      menselijkeTussenkomst: z.string(),
      risicobeheer: z.string(),
      wettelijkeBasis: z.string(),
      verwerkingsregister: z.string(),
      impacttoetsen: z.string(),
    }),
    werking: z.object({
      gegevens: tekst('Welke gegevens het algoritme per soort gebruikt'),
      technischeWerking: z.string(),
      gewichten: z
        .array(
          z.object({
            signaal: z.enum(signalen),
            naam: z.string(),
            omschrijving: tekst('Wat het signaal meet'),
            gewicht: z.number().min(0).max(1),
            aandeel: z.number().openapi({ description: 'Het aandeel van dit gewicht in de som van alle gewichten, in procenten (één decimaal)', example: 30 }),
          }),
        )
        .openapi({ description: 'De gewichten van de signalen zoals ze nu zijn ingesteld' }),
      gewichtenGewijzigdOp: z.string().openapi({ format: 'date-time', description: 'Wanneer de gewichten het laatst zijn gewijzigd' }),
      leverancier: z.string(),
      linkNaarBroncode: z.string(),
    }),
    metadata: z.object({
      taal: z.enum(['nl', 'en']),
      schema: z.literal('Algoritmeregister publicatiestandaard 1.0'),
      bronId: z.string(),
      zoektermen: z.array(z.string()),
    }),
  })
  .openapi('Algoritme');

const signaalSchema = z
  .object({
    signaal: z.string().openapi({ description: 'De code van het signaal (zie werking.gewichten van /algoritmes/matching)', example: 'thema' }),
    naam: z.string().openapi({ example: "Thema's" }),
    waarde: z.number().min(0).max(1).openapi({ description: 'De waarde van het signaal voor dit paar, 0 tot 1' }),
    gewicht: z.number().min(0).max(1),
    bijdrage: z.number().openapi({ description: 'gewicht × waarde gedeeld door de som van de gewichten: het deel van de score' }),
    uitleg: z.string().openapi({ description: 'Wat het signaal voor dit paar zegt, in de taal van Accept-Language' }),
  })
  .openapi('SuggestieSignaal');

export const suggestieSchema = z
  .object({
    kandidaat: z.object({
      soort: z.enum(matchingDocumentSoorten),
      id: z.uuid(),
      titel: z.string(),
      ondertitel: z.string().nullable().openapi({ description: 'De organisatie (en het onderdeel), of de soort aanbod' }),
      url: z.string().openapi({ description: 'De pagina van de kandidaat op het platform' }),
    }),
    score: z.number().min(0).max(1),
    rang: z.number().int().openapi({ description: 'De plaats binnen de soort kandidaat, vanaf 1' }),
    uitleg: z.array(z.string()).openapi({
      description: 'De signalen die het meest bijdroegen, in gewone zinnen (Accept-Language)',
      example: ["Gemeenschappelijke thema's: Data en AI, Informatiehuishouding", 'Zelfde regio: Oost'],
    }),
    signalen: z.array(signaalSchema).openapi({ description: 'De volledige opbouw van de score, grootste bijdrage eerst' }),
    berekendOp: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Suggestie');

export const suggestieLijstSchema = z
  .object({
    berekendOp: z.string().nullable().openapi({ format: 'date-time', description: 'Wanneer de suggesties zijn berekend; null als er geen zijn' }),
    data: z.array(suggestieSchema),
  })
  .openapi('SuggestieLijst');

export const suggestieQuerySchema = z.object({
  soort: z
    .enum(kandidaatSoorten)
    .optional()
    .openapi({ description: 'Alleen deze soort kandidaat: aanbod, onderdeel (lectoraat, opleiding, ...) of persoon (openbaar profiel)' }),
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: 'Hoeveel suggesties per soort kandidaat (1-50)', example: 10 }),
});

export const aanbodSuggestieQuerySchema = suggestieQuerySchema.pick({ limit: true });
