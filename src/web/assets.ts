import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/**
 * The few static files the pages need, read once at start-up. URLs carry a content hash, so
 * browsers may cache them for a year; a new release gets new URLs.
 */
const require = createRequire(import.meta.url);
const publicDir = (file: string) => fileURLToPath(new URL(`../../public/${file}`, import.meta.url));

type Asset = { body: Buffer; type: string; hash: string };

const sources: Record<string, { file: string; type: string }> = {
  // NL Design System: Rijkshuisstijl community design tokens and the Utrecht CSS components.
  'nlds/tokens.css': { file: require.resolve('@rijkshuisstijl-community/design-tokens/dist/index.css'), type: 'text/css' },
  'nlds/components.css': { file: require.resolve('@utrecht/component-library-css/dist/index.css'), type: 'text/css' },
  'app.css': { file: publicDir('css/app.css'), type: 'text/css' },
  'app.js': { file: publicDir('js/app.js'), type: 'text/javascript' },
  'favicon.svg': { file: publicDir('favicon.svg'), type: 'image/svg+xml' },
};

const assets = new Map<string, Asset>(
  Object.entries(sources).map(([name, { file, type }]) => {
    const body = readFileSync(file);
    return [name, { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) }];
  }),
);

export function assetUrl(name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`Unknown asset ${name}`);
  return `/assets/${name}?v=${asset.hash}`;
}

export function serveAsset(c: Context): Response | undefined {
  const name = c.req.path.replace(/^\/assets\//, '');
  const asset = assets.get(name);
  if (!asset) return undefined;
  const etag = `"${asset.hash}"`;
  const headers = {
    'Content-Type': `${asset.type}; charset=utf-8`,
    'Cache-Control': c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    ETag: etag,
  };
  if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(asset.body), { status: 200, headers });
}
