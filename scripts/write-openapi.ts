import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApi, openApiDocument } from '../src/api/api-app.ts';

/**
 * Writes the OpenAPI document exactly as /api/v1/openapi.json serves it, for the linter.
 * PUBLIC_URL is the production address the document names as its server (https, as the rules ask).
 */
const out = process.argv[2] ?? '.cache/openapi.json';
const publicUrl = (process.env.PUBLIC_URL ?? 'https://i-partnerschap.example').replace(/\/+$/, '');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(openApiDocument(createApi(publicUrl), publicUrl), null, 2)}\n`);
console.log(`OpenAPI document written to ${out}`);
