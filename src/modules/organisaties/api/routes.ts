import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { okResponses, pageEnvelope, pageOf } from '../../../api/openapi-helpers.ts';
import { setEtag } from '../../../api/etag.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { listRegios } from '../../taxonomie/index.ts';
import { organisatieFilterSchema, organisatieSchema } from '../organisatie.schema.ts';
import { getOrganisatieById, listDomeinen, listOrganisaties, type OrganisatieRow } from '../queries.ts';
import { onderdelenApi } from './onderdelen-routes.ts';
import { notModified, withEtag } from './responses.ts';
import { organisatieWriteApi } from './write-routes.ts';

const tags = ['Organisaties'];

export function present(row: OrganisatieRow, publicUrl: string, emailDomeinen?: string[]): z.infer<typeof organisatieSchema> {
  return {
    id: row.id,
    naam: row.naam,
    afkorting: row.afkorting,
    soort: row.soort,
    type: row.type,
    provincie: row.provincie,
    regio: { code: row.regioCode, naam: row.regioNaam },
    steden: row.steden,
    bovenliggendeOrganisatie:
      row.bovenliggendeId && row.bovenliggendeNaam ? { id: row.bovenliggendeId, naam: row.bovenliggendeNaam } : null,
    beschrijving: { nl: row.beschrijvingNl, en: row.beschrijvingEn, isVoorbeeld: row.beschrijvingIsDemo },
    webpagina: `${publicUrl}/organisaties/${row.slug}`,
    website: row.website,
    oin: row.oin,
    brinCode: row.brinCode,
    rioOnderwijsaanbiederCode: row.rioOnderwijsaanbiederCode,
    rioOnderwijsbestuurCode: row.rioOnderwijsbestuurCode,
    logo: row.logoType ? `${publicUrl}/organisaties/${row.slug}/logo?v=${row.versie}` : null,
    ...(emailDomeinen ? { emailDomeinen } : {}),
    samengevoegdIn: row.samengevoegdIn,
  };
}

export function organisatiesApi(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/organisaties',
      operationId: 'listOrganisaties',
      tags,
      summary: 'Organisaties zoeken en bladeren',
      description:
        'De partners van het I-Partnerschap: rijksorganisaties, hogescholen, universiteiten en mbo-instellingen. ' +
        'Filter op soort en regio, zoek op naam; gepagineerd.',
      request: { query: organisatieFilterSchema },
      responses: okResponses(pageOf(organisatieSchema, 'OrganisatiePagina'), 'Een pagina organisaties'),
    }),
    async (c) => {
      const filter = c.req.valid('query');
      const { db } = c.var.deps.database;
      if (filter.regio && !(await listRegios(db)).some((r) => r.code === filter.regio)) {
        throw new ValidationError(
          [{ name: 'regio', reason: 'unknown region code; see /api/v1/regios', code: 'invalid_value' }],
          'Unknown region',
        );
      }
      const { items, total } = await listOrganisaties(db, filter);
      const { publicUrl } = c.var.deps.config;
      return c.json(
        pageEnvelope(c.req.url, items.map((row) => present(row, publicUrl)), filter.page, filter.pageSize, total),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/organisaties/{id}',
      operationId: 'getOrganisatie',
      tags,
      summary: 'Eén organisatie',
      description:
        'Een organisatie met haar regio, provincie, bovenliggende organisatie, codes en e-maildomeinen. ' +
        'De ETag is de versie: stuur hem in If-None-Match (304 als er niets veranderde) of in If-Match bij een wijziging.',
      request: {
        params: z.object({
          id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'De id van de organisatie' }),
        }),
      },
      responses: {
        ...okResponses(organisatieSchema, 'De organisatie', { notFound: true }),
        200: { description: 'De organisatie', headers: withEtag, content: { 'application/json': { schema: organisatieSchema } } },
        ...notModified,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { db } = c.var.deps.database;
      const row = await getOrganisatieById(db, id);
      if (!row) throw new NotFoundError('No organisation with this id');
      if (setEtag(c, row.id, row.versie)) return c.body(null, 304);
      return c.json(present(row, c.var.deps.config.publicUrl, await listDomeinen(db, row.id)), 200);
    },
  );

  organisatieWriteApi(app);
  onderdelenApi(app);
}
