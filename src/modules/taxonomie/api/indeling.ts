import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { provincieIndelen } from '../provincie-indelen.ts';
import { getProvincie, getRegio, getSamenwerkingsvorm } from '../queries.ts';
import { samenwerkingsvormBijwerken } from '../samenwerkingsvorm-bijwerken.ts';
import type { samenwerkingsvormen } from '../schema.ts';
import {
  provincieSchema,
  provincieWijzigingSchema,
  regioSchema,
  samenwerkingsvormDetailSchema,
  samenwerkingsvormWijzigingSchema,
} from '../taxonomie.schema.ts';
import { eenRegel } from '../beheer.schema.ts';
import { ifMatchSchema, readResponses, writeErrors, writeSecurity, written } from './responses.ts';
import { codeParam, writeContext } from './themas.ts';

const tags = ['Taxonomie'];

type Vorm = typeof samenwerkingsvormen.$inferSelect;

function presentVorm(r: Vorm): z.infer<typeof samenwerkingsvormDetailSchema> {
  return {
    code: r.code,
    naam: { nl: r.naamNl, en: r.naamEn },
    niveaus: r.niveaus as ('mbo' | 'hbo' | 'wo')[],
    typischeDuurInWeken: { min: r.wekenMin, max: r.wekenMax },
    typischAantalStudenten: { min: r.studentenMin, max: r.studentenMax },
    diepgang: r.diepgang,
    versie: r.versie,
  };
}

async function vormOf(c: Context<AppEnv>, code: string): Promise<Vorm> {
  const vorm = await getSamenwerkingsvorm(c.var.deps.database.db, code);
  if (!vorm) throw new NotFoundError('No samenwerkingsvorm with this code');
  return vorm;
}

// A provincie name is a header-unsafe word at times ('Fryslân'): its ETag uses the URL-encoded name.
const tagOf = (naam: string) => encodeURIComponent(naam);
const provincieParams = z.object({
  naam: z
    .string()
    .min(1)
    .max(100)
    .regex(eenRegel)
    .openapi({ param: { name: 'naam', in: 'path' }, description: 'De naam van de provincie', example: 'Utrecht' }),
});

async function provincieOf(c: Context<AppEnv>, naam: string) {
  const row = await getProvincie(c.var.deps.database.db, naam);
  if (!row) throw new NotFoundError('No provincie with this name');
  return row;
}

export function indelingApi(app: OpenAPIHono<AppEnv>) {
  const vormParams = z.object({ code: codeParam('de samenwerkingsvorm') });

  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/samenwerkingsvormen/{code}',
      operationId: 'getSamenwerkingsvorm',
      tags,
      summary: 'Eén samenwerkingsvorm',
      description: 'Een samenwerkingsvorm met zijn kenmerken. De ETag noemt de versie.',
      request: { params: vormParams },
      responses: readResponses(samenwerkingsvormDetailSchema, 'De samenwerkingsvorm'),
    }),
    async (c) => {
      const vorm = await vormOf(c, c.req.valid('param').code);
      if (setEtag(c, vorm.code, vorm.versie)) return c.body(null, 304);
      return c.json(presentVorm(vorm), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      middleware: [access('beheerder', { scope: 'write' })] as const,
      path: '/samenwerkingsvormen/{code}',
      operationId: 'updateSamenwerkingsvorm',
      tags,
      summary: 'Een samenwerkingsvorm wijzigen',
      description:
        'Vervangt de kenmerken van een samenwerkingsvorm (alleen voor beheerders). Minimum is ten hoogste maximum; ten minste één niveau. ' +
        'If-Match met de ETag van de gelezen versie is verplicht (428 zonder, 412 bij een verouderde versie).',
      security: writeSecurity,
      request: { params: vormParams, headers: ifMatchSchema, body: { required: true, content: { 'application/json': { schema: samenwerkingsvormWijzigingSchema } } } },
      responses: { 200: written(samenwerkingsvormDetailSchema, 'De gewijzigde samenwerkingsvorm, met de nieuwe ETag'), ...writeErrors },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await vormOf(c, code);
      const versie = requireIfMatch(c, current.code, current.versie);
      const vorm = await samenwerkingsvormBijwerken(c.var.deps.database.db, writeContext(c), code, versie, {
        naamNl: body.naam.nl,
        naamEn: body.naam.en,
        niveaus: (['mbo', 'hbo', 'wo'] as const).filter((n) => body.niveaus.includes(n)),
        wekenMin: body.typischeDuurInWeken.min,
        wekenMax: body.typischeDuurInWeken.max,
        studentenMin: body.typischAantalStudenten.min,
        studentenMax: body.typischAantalStudenten.max,
        diepgang: body.diepgang,
      });
      setEtag(c, vorm.code, vorm.versie);
      return c.json(presentVorm(vorm), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/regios/{code}',
      operationId: 'getRegio',
      tags,
      summary: 'Eén regio',
      description: 'Een regio met de provincies die erin liggen. De ETag verandert als de naam of de indeling verandert.',
      request: { params: z.object({ code: codeParam('de regio') }) },
      responses: readResponses(regioSchema, 'De regio'),
    }),
    async (c) => {
      const regio = await getRegio(c.var.deps.database.db, c.req.valid('param').code);
      if (!regio) throw new NotFoundError('No regio with this code');
      // A regio has no versie column: its ETag is a digest of what it contains.
      const digest = createHash('sha256').update(JSON.stringify(regio)).digest('hex').slice(0, 16);
      c.header('ETag', `"${regio.code}.${digest}"`);
      const none = c.req.header('if-none-match');
      if (none?.split(',').some((v) => v.trim().replace(/^W\//, '') === `"${regio.code}.${digest}"`)) return c.body(null, 304);
      return c.json(regio, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/provincies/{naam}',
      operationId: 'getProvincie',
      tags,
      summary: 'Eén provincie',
      description: 'Een provincie met de regio waarin ze ligt. De ETag noemt de versie.',
      request: { params: provincieParams },
      responses: readResponses(provincieSchema, 'De provincie'),
    }),
    async (c) => {
      const p = await provincieOf(c, c.req.valid('param').naam);
      if (setEtag(c, tagOf(p.naam), p.versie)) return c.body(null, 304);
      return c.json({ naam: p.naam, hoofdstad: p.hoofdstad, regioCode: p.regioCode, versie: p.versie }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      middleware: [access('beheerder', { scope: 'write' })] as const,
      path: '/provincies/{naam}',
      operationId: 'updateProvincie',
      tags,
      summary: 'Een provincie in een regio indelen',
      description:
        'Zet een provincie in een andere regio (alleen voor beheerders); de organisaties in de provincie gaan mee. ' +
        'If-Match met de ETag van de gelezen versie is verplicht (428 zonder, 412 bij een verouderde versie). Een onbekende regio geeft 400.',
      security: writeSecurity,
      request: { params: provincieParams, headers: ifMatchSchema, body: { required: true, content: { 'application/json': { schema: provincieWijzigingSchema } } } },
      responses: { 200: written(provincieSchema, 'De provincie, met de nieuwe ETag'), ...writeErrors },
    }),
    async (c) => {
      const { naam } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await provincieOf(c, naam);
      const versie = requireIfMatch(c, tagOf(current.naam), current.versie);
      const p = await provincieIndelen(c.var.deps.database.db, writeContext(c), current.naam, versie, body.regioCode);
      setEtag(c, tagOf(p.naam), p.versie);
      return c.json({ naam: p.naam, hoofdstad: p.hoofdstad, regioCode: p.regioCode, versie: p.versie }, 200);
    },
  );
}
