import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../web/context.ts';
import { algoritmesApi } from './algoritmes-routes.ts';
import { suggestiesApi } from './suggesties-routes.ts';

/** /api/v1: the published algorithm entry, and the suggestions of a vraagstuk or an aanbod item. */
export function matchingApi(api: OpenAPIHono<AppEnv>) {
  algoritmesApi(api);
  suggestiesApi(api);
}
