import { z } from '@hono/zod-openapi';

export const vertaaldeNaamSchema = z
  .object({ nl: z.string(), en: z.string() })
  .openapi('VertaaldeNaam', { description: 'Naam in het Nederlands en het Engels' });

export const regioSchema = z
  .object({
    code: z.string().openapi({ example: 'noord' }),
    naam: z.string().openapi({ example: 'Noord' }),
    provincies: z.array(z.object({ naam: z.string(), hoofdstad: z.string() })),
  })
  .openapi('Regio');

export const themaSchema = z
  .object({ code: z.string().openapi({ example: 'data-en-ai' }), naam: vertaaldeNaamSchema })
  .openapi('Thema');

const bereikSchema = z.object({ min: z.number().int(), max: z.number().int() }).openapi('Bereik');

export const samenwerkingsvormSchema = z
  .object({
    code: z.string().openapi({ example: 'stage' }),
    naam: vertaaldeNaamSchema,
    niveaus: z.array(z.enum(['mbo', 'hbo', 'wo'])),
    typischeDuurInWeken: bereikSchema,
    typischAantalStudenten: bereikSchema,
    diepgang: z.string().openapi({ example: 'toepassing' }),
  })
  .openapi('Samenwerkingsvorm');

export const listOf = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z.object({ data: z.array(item) }).openapi(name);
