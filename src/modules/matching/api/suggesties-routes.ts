import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { isBeheerder, isVerbinder, type Actor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { translator } from '../../../platform/i18n.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { mayEditAanbod } from '../../aanbod/index.ts';
import { isBeoordelaar, isEigenaar, laadVraagstukKern } from '../../vraagstukken/index.ts';
import { suggestiesVoorAanbod, suggestiesVoorVraagstuk, type SuggestieWeergave } from '../queries.ts';
import { signaalNaam, signaalOmschrijving, uitlegRegels } from '../uitleg.ts';
import { metEtag } from './antwoord.ts';
import { aanbodSuggestieQuerySchema, apiLocale, json, notModified, problems, suggestieLijstSchema, suggestieQuerySchema, tags, withEtag } from './schemas.ts';

type Lijst = z.infer<typeof suggestieLijstSchema>;

const idParams = (what: string) =>
  z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: `De id van ${what}`, example: '7c4d2b1a-0e9f-4a3b-8c6d-5e4f3a2b1c0d' }) });

/** A vraagstuk's suggestions: its owners, the verbinders of its regio and beheerders (isBeoordelaar includes them). */
const maySeeVraagstukSuggesties = (actor: Actor, kern: Parameters<typeof isEigenaar>[1] & { regioCode: string }) => isEigenaar(actor, kern) || isBeoordelaar(actor, kern);
/** An aanbod item's suggested vraagstukken: who may edit the item, verbinders, beheerders. */
const maySeeAanbodSuggesties = (actor: Actor, a: { aangemaaktDoor: string | null; organisatieId: string | null }) => mayEditAanbod(actor, a) || isVerbinder(actor) || isBeheerder(actor);

/** The suggestions with their explanation and full breakdown, in the language of Accept-Language. */
function presenteer(c: Context<AppEnv>, resultaat: { berekendOp: Date | null; suggesties: SuggestieWeergave[] }): Lijst {
  const locale = apiLocale(c);
  const t = translator(locale);
  const { publicUrl } = c.var.deps.config;
  return {
    berekendOp: resultaat.berekendOp ? resultaat.berekendOp.toISOString() : null,
    data: resultaat.suggesties.map((s) => ({
      kandidaat: {
        soort: s.kandidaat.soort,
        id: s.kandidaat.id,
        titel: s.kandidaat.titel,
        ondertitel: s.kandidaat.ondertitel,
        url: `${publicUrl}${localizedPath(locale, s.kandidaat.pad)}`,
      },
      score: s.score,
      rang: s.rang,
      uitleg: uitlegRegels(s.signalen, t),
      signalen: s.signalen.map((sig) => ({
        signaal: sig.signaal,
        naam: signaalNaam(sig.signaal, t),
        waarde: sig.waarde,
        gewicht: sig.gewicht,
        bijdrage: sig.bijdrage,
        uitleg: signaalOmschrijving(sig, t),
      })),
      berekendOp: s.berekendOp.toISOString(),
    })),
  };
}

export function suggestiesApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken/{id}/suggesties',
      middleware: [access('account')] as const,
      operationId: 'listSuggestiesVoorVraagstuk',
      tags,
      summary: 'Suggesties voor een vraagstuk',
      description:
        'Aanbod, onderdelen (lectoraten, leerstoelen, opleidingen, labs) en personen met een openbaar profiel die bij het vraagstuk passen, ' +
        'per soort de beste eerst, met de uitleg in gewone zinnen en de volledige opbouw van de score. Voor de eigenaars van het vraagstuk, ' +
        'de verbinders van de regio en beheerders; voor anderen bestaat de lijst niet (404). Zijn er nog geen suggesties en is het vraagstuk ' +
        'open, dan worden ze eerst berekend. De taal van de uitleg volgt Accept-Language.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('het vraagstuk'), query: suggestieQuerySchema },
      responses: { 200: json(suggestieLijstSchema, 'De suggesties', withEtag), ...notModified, ...problems(400, 401, 404, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const { soort, limit } = c.req.valid('query');
      const kern = await laadVraagstukKern(db, c.req.valid('param').id);
      if (!kern || !maySeeVraagstukSuggesties(c.var.actor, kern)) throw new NotFoundError('No vraagstuk with this id, or its suggestions are not yours to see');
      const resultaat = await suggestiesVoorVraagstuk(db, kern.id, { limiet: limit, ...(soort ? { soorten: [soort] } : {}) });
      return metEtag(c, presenteer(c, resultaat), 'Authorization, Accept-Language');
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/aanbod/{id}/suggesties',
      middleware: [access('account')] as const,
      operationId: 'listSuggestiesVoorAanbod',
      tags,
      summary: 'Vraagstukken die passen bij aanbod',
      description:
        'De open vraagstukken die het best passen bij een aanbod, met uitleg en de volledige opbouw van de score; alleen vraagstukken die u ' +
        'mag zien. Voor wie het aanbod mag bewerken, verbinders en beheerders; voor anderen bestaat de lijst niet (404). ' +
        'De taal van de uitleg volgt Accept-Language.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('het aanbod'), query: aanbodSuggestieQuerySchema },
      responses: { 200: json(suggestieLijstSchema, 'De passende vraagstukken', withEtag), ...notModified, ...problems(400, 401, 404, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const { limit } = c.req.valid('query');
      const id = c.req.valid('param').id;
      const [item] = await db.select({ aangemaaktDoor: aanbod.aangemaaktDoor, organisatieId: aanbod.organisatieId }).from(aanbod).where(eq(aanbod.id, id));
      if (!item || !maySeeAanbodSuggesties(c.var.actor, item)) throw new NotFoundError('No aanbod with this id, or its suggestions are not yours to see');
      const resultaat = await suggestiesVoorAanbod(db, id, c.var.actor, { limiet: limit });
      return metEtag(c, presenteer(c, resultaat), 'Authorization, Accept-Language');
    },
  );
}
