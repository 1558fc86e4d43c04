import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { organisatiesApi } from '../modules/organisaties/index.ts';
import { accountsApi, bearerMiddleware } from '../modules/accounts/index.ts';
import { taxonomieApi } from '../modules/taxonomie/index.ts';
import { personenApi } from '../modules/personen/index.ts';
import { vraagstukkenApi } from '../modules/vraagstukken/index.ts';
import { aanbodApi } from '../modules/aanbod/index.ts';
import { belangstellingenApi } from '../modules/belangstellingen/index.ts';
import { matchingApi } from '../modules/matching/index.ts';
import { koppelingenApi } from '../modules/koppelingen/index.ts';
import type { AppEnv } from '../web/context.ts';
import { apiVersion } from './openapi-helpers.ts';
import { access } from '../web/access.ts';
import { invalidParamsFrom, problem } from './problem.ts';

/**
 * /api/v1: every module adds its routes here. Validation failures become problem+json with the
 * invalid parameters listed; every response carries the API-Version header.
 */
export function createApi(publicUrl: string) {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problem(c, 400, 'One or more parameters are invalid', { invalidParams: invalidParamsFrom(result.error) });
      }
      return undefined;
    },
  });

  // No cookies on the API (personal tokens in the Authorization header instead), so any origin may call it.
  api.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
      exposeHeaders: ['API-Version', 'ETag', 'Location'],
    }),
  );
  api.use('*', bearerMiddleware);

  organisatiesApi(api);
  taxonomieApi(api);
  accountsApi(api);
  personenApi(api);
  vraagstukkenApi(api);
  aanbodApi(api);
  belangstellingenApi(api);
  matchingApi(api);
  koppelingenApi(api);

  // The document only changes with the code: build it once, on first request.
  api.openAPIRegistry.registerComponent('securitySchemes', 'persoonlijkToken', {
    type: 'http',
    scheme: 'bearer',
    description:
      "Een persoonlijk API-token (begint met 'ipt_'), aan te maken onder Mijn account > API-tokens, met scope read of write. " +
      'Zonder token zijn alleen de openbare gegevens te lezen.',
  });
  let document: ReturnType<typeof openApiDocument> | undefined;
  api.get('/openapi.json', access('public'), (c) => c.json((document ??= openApiDocument(api, publicUrl))));
  return api;
}

export function openApiDocument(api: OpenAPIHono<AppEnv>, publicUrl: string) {
  return api.getOpenAPIDocument({
    openapi: '3.0.3',
    info: {
      title: 'I-Partnerschap API',
      version: apiVersion,
      description:
        'Open API van het I-Partnerschap Rijksoverheid en Onderwijs: organisaties, regio\'s, thema\'s en ' +
        'samenwerkingsvormen. Volgt de NL API Design Rules. Fouten komen als application/problem+json (RFC 9457).',
      contact: { name: 'I-Partnerschap, team platform', email: 'platform@i-partnerschap.nl', url: `${publicUrl}/over` },
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    servers: [{ url: `${publicUrl}/api/v1`, description: 'Deze omgeving' }],
    security: [{}, { persoonlijkToken: [] }],
    tags: [
      { name: 'Organisaties', description: 'De partners van het I-Partnerschap' },
      { name: 'Taxonomie', description: "Regio's, thema's en samenwerkingsvormen" },
      { name: 'Account', description: 'Het eigen account, met een persoonlijk API-token' },
      { name: 'Onderdelen', description: 'Onderdelen van organisaties: faculteiten, lectoraten, directies, ...' },
      { name: 'Personen', description: 'Openbare profielen en het eigen profiel' },
      { name: 'Vraagstukken', description: 'Vragen uit de digitale praktijk van de Rijksoverheid: levensloop, bijlagen, geschiedenis en de vormenwijzer' },
      { name: 'Aanbod', description: 'Wat het onderwijs aanbiedt: onderwijs, onderzoekslijnen, studenten, bijscholing, gastdocenten' },
      { name: 'Belangstellingen', description: 'Belangstelling voor een vraagstuk en het antwoord van de eigenaar' },
      { name: 'Matching', description: 'Suggesties met uitleg voor vraagstukken en aanbod, en het algoritme in de velden van het Algoritmeregister' },
      { name: 'Koppelingen', description: 'Voorgestelde en geïntroduceerde koppelingen tussen een vraagstuk en aanbod, een onderdeel of een persoon, met het besluit van beide kanten' },
    ],
  });
}
