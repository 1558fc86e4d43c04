// STUB (helper C replaces): /api/v1/koppelingen.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../web/context.ts';
export function koppelingenApi(_api: OpenAPIHono<AppEnv>) {}
