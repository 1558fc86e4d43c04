// STUB (helper D2 replaces): /api/v1 suggesties and algoritmes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../web/context.ts';
export function matchingApi(_api: OpenAPIHono<AppEnv>) {}
