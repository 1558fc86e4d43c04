import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { versionHeader } from '../../../api/openapi-helpers.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { bijlageToevoegen } from '../commands/bijlage-toevoegen.ts';
import { isBeoordelaar, isEigenaar, mayEdit, maySeeDetails } from '../policy.ts';
import { bijlageInhoud, gebeurtenissenVan, vraagstukOphalen } from '../queries.ts';
import { vraagstukStatussen } from '../schema.ts';
import { magVraagstuk } from './guard.ts';
import { idParams, json, problems } from './responses.ts';
import { bijlageSchema, presentVraagstuk, resourceVan } from './schemas.ts';
import { tags, zichtbaarVraagstuk } from './zichtbaar.ts';

/** The history and the attachments of one vraagstuk: reads, for whoever may see it. */
const gebeurtenisSchema = z
  .object({
    op: z.string().openapi({ format: 'date-time' }),
    soort: z.string().openapi({ description: 'aangemaakt, bewerkt, ingediend, gepubliceerd, teruggestuurd, in-gesprek, opgepakt, gesloten, ingetrokken, vervallen, bijlage-toegevoegd, bijlage-verwijderd', example: 'gepubliceerd' }),
    vanStatus: z.enum(vraagstukStatussen).nullable(),
    naarStatus: z.enum(vraagstukStatussen).nullable(),
    opmerking: z.string().nullable().openapi({ description: 'De toelichting; alleen voor de eigenaars en de beoordelaars, anders null' }),
    actor: z.object({ id: z.uuid(), naam: z.string() }).nullable().openapi({ description: 'Wie het deed (null: het systeem, of niet zichtbaar voor u)' }),
  })
  .openapi('VraagstukGebeurtenis');

const bijlageParams = idParams.extend({
  bijlage: z.uuid().openapi({ param: { name: 'bijlage', in: 'path' }, description: 'De id van de bijlage', example: '8d0b6c55-1f3e-4a8b-b2a4-6e9f0c7d1a22' }),
});

const uploadSchema = z
  .object({
    bestand: z
      .custom<File>((v) => v instanceof File && v.size > 0, 'vraagstukken.fouten.bijlage.leeg')
      .openapi({ type: 'string', format: 'binary', description: 'Het bestand: PDF, DOCX of ODT (herkend aan de inhoud), hooguit 5 MB' }),
  })
  .openapi('BijlageUpload');

/** A file name for Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266). */
function disposition(bestandsnaam: string): string {
  const ascii = bestandsnaam.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(bestandsnaam)}`;
}

export function bijlagenApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken/{id}/geschiedenis',
      middleware: [access('public')] as const,
      operationId: 'listVraagstukGeschiedenis',
      tags,
      summary: 'De geschiedenis van een vraagstuk',
      description: 'Elke overgang en wijziging, oudste eerst. Opmerkingen en namen alleen voor de eigenaars en de verbinders van de regio.',
      request: { params: idParams },
      responses: { 200: json(z.object({ data: z.array(gebeurtenisSchema) }).openapi('VraagstukGeschiedenis'), 'De gebeurtenissen'), ...problems(400, 404, 500) },
    }),
    async (c) => {
      const v = await zichtbaarVraagstuk(c, c.req.valid('param').id);
      const resource = resourceVan(v);
      const intern = isEigenaar(c.var.actor, resource) || isBeoordelaar(c.var.actor, resource);
      const rows = await gebeurtenissenVan(c.var.deps.database.db, v.id);
      return c.json(
        {
          data: rows.map((g) => ({
            op: g.op.toISOString(),
            soort: g.soort,
            vanStatus: g.vanStatus,
            naarStatus: g.naarStatus,
            opmerking: intern ? g.opmerking : null,
            actor: intern && g.actor ? { id: g.actor.id, naam: g.actor.naam } : null,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken/{id}/bijlagen',
      middleware: [access('public')] as const,
      operationId: 'listVraagstukBijlagen',
      tags,
      summary: 'De bijlagen van een vraagstuk',
      description: "Naam, soort en grootte van de bijlagen (PDF, DOCX, ODT). Bij 'na-introductie' alleen voor wie de details mag zien (anders 404).",
      request: { params: idParams },
      responses: { 200: json(z.object({ data: z.array(bijlageSchema) }).openapi('VraagstukBijlageLijst'), 'De bijlagen'), ...problems(400, 404, 500) },
    }),
    async (c) => {
      const v = await zichtbaarVraagstuk(c, c.req.valid('param').id);
      const body = presentVraagstuk(v, c.var.actor, c.var.deps.config.publicUrl);
      if (body.bijlagen === null) throw new NotFoundError('The attachments of this vraagstuk are shown after an introduction');
      return c.json({ data: body.bijlagen }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken/{id}/bijlagen/{bijlage}',
      middleware: [access('public')] as const,
      operationId: 'getVraagstukBijlage',
      tags,
      summary: 'Een bijlage ophalen',
      description: 'Het bestand zelf, als download (Content-Disposition: attachment), met het bij het uploaden herkende mediatype.',
      request: { params: bijlageParams },
      responses: {
        200: {
          description: 'Het bestand',
          headers: {
            ...versionHeader,
            'Content-Disposition': { description: 'attachment, met de bestandsnaam', schema: { type: 'string' as const } },
          },
          content: {
            'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().openapi({ format: 'binary' }) },
            'application/vnd.oasis.opendocument.text': { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
        ...problems(400, 404, 500),
      },
    }),
    async (c) => {
      const { id, bijlage } = c.req.valid('param');
      const v = await zichtbaarVraagstuk(c, id);
      if (!maySeeDetails(c.var.actor, resourceVan(v))) throw new NotFoundError('No attachment with this id');
      const file = await bijlageInhoud(c.var.deps.database.db, v.id, bijlage);
      if (!file) throw new NotFoundError('No attachment with this id');
      return c.body(file.inhoud as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': file.mediatype,
        'Content-Disposition': disposition(file.bestandsnaam),
        'Content-Length': String(file.inhoud.byteLength),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/vraagstukken/{id}/bijlagen',
      middleware: [access('lid', { scope: 'write' }), magVraagstuk(mayEdit, 'Only the owners of this vraagstuk add attachments')] as const,
      operationId: 'createVraagstukBijlage',
      tags,
      summary: 'Een bijlage toevoegen',
      description:
        'Voegt een bestand toe (multipart/form-data, veld bestand): PDF, DOCX of ODT, herkend aan de inhoud, hooguit 5 MB, hooguit 5 per ' +
        'vraagstuk. Voor de eigenaars. De versie van het vraagstuk blijft gelijk: bijlagen horen niet bij de bewerkte inhoud.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams, body: { required: true, content: { 'multipart/form-data': { schema: uploadSchema } } } },
      responses: {
        201: json(bijlageSchema, 'De nieuwe bijlage; Location wijst naar het bestand', {
          ...versionHeader,
          Location: { description: 'Het adres van het bestand', schema: { type: 'string' as const } },
        }),
        ...problems(400, 401, 403, 404, 409, 500),
      },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const v = await zichtbaarVraagstuk(c, c.req.valid('param').id);
      const { bestand } = c.req.valid('form');
      const result = await bijlageToevoegen(
        db,
        { actor: c.var.actor, requestId: c.var.requestId },
        { vraagstukId: v.id, bestandsnaam: bestand.name || 'bijlage', inhoud: new Uint8Array(await bestand.arrayBuffer()) },
      );
      if (!result.ok) {
        if (result.reden === 'niet-bewerkbaar') throw new ConflictError(`A vraagstuk with status '${v.status}' takes no more attachments`);
        throw new ValidationError([{ name: 'bestand', reason: `vraagstukken.fouten.bijlage.${result.reden}`, code: result.reden }], 'The file was refused');
      }
      const bijgewerkt = presentVraagstuk((await vraagstukOphalen(db, v.id))!, c.var.actor, c.var.deps.config.publicUrl);
      const bijlage = bijgewerkt.bijlagen!.find((b) => b.id === result.id)!;
      c.header('Location', bijlage.href);
      return c.json(bijlage, 201);
    },
  );
}
