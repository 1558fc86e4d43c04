import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { requireIfMatch } from '../../../api/etag.ts';
import { ConflictError, PreconditionFailedError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { vraagstukTransitie } from '../commands/vraagstuk-transitie.ts';
import { handmatigeSluitredenen, kan, transities, type Transitie } from '../lifecycle.ts';
import { mayTransition } from '../policy.ts';
import { vraagstukOphalen } from '../queries.ts';
import { opmerkingSchema } from '../vraagstuk.schema.ts';
import { magVraagstuk } from './guard.ts';
import { idParams, ifMatchHeader, json, problems, throwVeldFouten, withEtag } from './responses.ts';
import { metEtag, tags, zichtbaarVraagstuk } from './zichtbaar.ts';
import { vraagstukSchema } from './schemas.ts';

/**
 * The lifecycle as explicit operations, one POST per transition of lifecycle.ts ('verlopen' is the
 * expiry job's). Each needs If-Match; 403 when this account may not, 409 when the status does not
 * allow it now. The remark of terugsturen is required, sluiten needs a sluitreden.
 */
const opmerkingBody = z
  .object({ opmerking: opmerkingSchema.openapi({ description: 'Een toelichting (platte tekst, hooguit 2000 tekens)', example: 'Graag de gewenste periode aanvullen.' }) })
  .openapi('VraagstukOpmerking');
const sluitenBody = z
  .object({
    sluitreden: z.enum(handmatigeSluitredenen, 'vraagstukken.fouten.sluitredenVerplicht').optional().openapi({ description: 'afgerond of niet-opgepakt (verplicht)' }),
    opmerking: opmerkingSchema.openapi({ description: 'Een toelichting (optioneel)' }),
  })
  .openapi('VraagstukSluiten');

const operaties: { transitie: Exclude<Transitie, 'verlopen'>; operationId: string; summary: string; description: string; body?: z.ZodTypeAny; bodyRequired?: boolean }[] = [
  { transitie: 'indienen', operationId: 'indienenVraagstuk', summary: 'Een vraagstuk indienen', description: 'Stuurt het concept (of de teruggestuurde versie) naar de verbinder van de regio ter beoordeling. Voor de eigenaars.' },
  { transitie: 'publiceren', operationId: 'publicerenVraagstuk', summary: 'Een vraagstuk publiceren', description: 'Publiceert een ingediend vraagstuk. Voor een verbinder van de regio van het vraagstuk (of een beheerder).' },
  {
    transitie: 'terugsturen',
    operationId: 'terugsturenVraagstuk',
    summary: 'Een vraagstuk terugsturen',
    description: 'Stuurt een ingediend vraagstuk terug naar de eigenaars, met een opmerking (verplicht). Voor een verbinder van de regio.',
    body: opmerkingBody,
    bodyRequired: true,
  },
  { transitie: 'in-gesprek', operationId: 'inGesprekVraagstuk', summary: 'Een vraagstuk op in gesprek zetten', description: 'De eigenaars zijn met partners in gesprek over het gepubliceerde vraagstuk.' },
  { transitie: 'oppakken', operationId: 'oppakkenVraagstuk', summary: 'Een vraagstuk als opgepakt markeren', description: 'Een partner heeft het vraagstuk opgepakt. Voor de eigenaars.' },
  {
    transitie: 'sluiten',
    operationId: 'sluitenVraagstuk',
    summary: 'Een vraagstuk sluiten',
    description: 'Sluit het vraagstuk met een reden: afgerond of niet-opgepakt (vervallen zet het systeem na de deadline). Voor de eigenaars.',
    body: sluitenBody,
    bodyRequired: true,
  },
  { transitie: 'intrekken', operationId: 'intrekkenVraagstuk', summary: 'Een vraagstuk intrekken', description: 'De eigenaars trekken het vraagstuk in; het is dan alleen nog voor hen te zien.', body: opmerkingBody },
];

export function transitiesApi(api: OpenAPIHono<AppEnv>) {
  for (const op of operaties) {
    const { transitie } = op;
    const level = transities[transitie].door === 'verbinder' ? 'verbinder' : 'lid';
    api.openapi(
      createRoute({
        method: 'post',
        path: `/vraagstukken/{id}/${transitie}`,
        middleware: [
          access(level, { scope: 'write' }),
          magVraagstuk((actor, v) => mayTransition(actor, transitie, v), `This account may not perform '${transitie}' on this vraagstuk`),
        ] as const,
        operationId: op.operationId,
        tags,
        summary: op.summary,
        description: `${op.description} If-Match is verplicht: 428 zonder, 412 als het intussen wijzigde; 409 als dit in de huidige status niet kan.`,
        security: [{ persoonlijkToken: [] }],
        request: {
          params: idParams,
          headers: ifMatchHeader,
          ...(op.body ? { body: { required: op.bodyRequired ?? false, content: { 'application/json': { schema: op.body } } } } : {}),
        },
        responses: { 200: json(vraagstukSchema, 'Het vraagstuk in zijn nieuwe status, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
      }),
      async (c) => {
        const { db } = c.var.deps.database;
        const current = await zichtbaarVraagstuk(c, c.req.param('id')!);
        const versie = requireIfMatch(c, current.id, current.versie);
        if (!kan(transitie, current.status)) throw new ConflictError(`'${transitie}' is not possible in status '${current.status}'`);
        const body = ((c.req.valid as (target: 'json') => unknown)('json') ?? {}) as { opmerking?: string | null; sluitreden?: 'afgerond' | 'niet-opgepakt' };
        const result = await vraagstukTransitie(
          db,
          { actor: c.var.actor, requestId: c.var.requestId },
          { id: current.id, versie, transitie, opmerking: body.opmerking ?? null, ...(body.sluitreden ? { sluitreden: body.sluitreden } : {}) },
        );
        if (!result.ok) {
          if (result.reden === 'verouderd') throw new PreconditionFailedError();
          if (result.reden === 'niet-mogelijk') throw new ConflictError(`'${transitie}' is not possible now`);
          throwVeldFouten(result.fouten);
        }
        const v = (await vraagstukOphalen(db, current.id))!;
        return c.json(metEtag(c, v).body, 200);
      },
    );
  }
}
