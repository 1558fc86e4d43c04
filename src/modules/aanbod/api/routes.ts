import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../web/context.ts';

export function aanbodApi(api: OpenAPIHono<AppEnv>) {
  void api;
}
