// The only import surface of the taxonomie module.
export { taxonomieApi } from './api/routes.ts';
export { listRegios, listSamenwerkingsvormen, listThemas, type RegioMetProvincies } from './queries.ts';
export { regios, provincies, themas, samenwerkingsvormen } from './schema.ts';
