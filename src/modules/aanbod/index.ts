// The only import surface of the aanbod module.
export * from './schema.ts';
export { aanbodPages } from './pages/routes.tsx';
export { aanbodZoekPages } from './zoeken/routes.tsx';
export { aanbodApi } from './api/routes.ts';
export { aanbodOphalen, eigenAanbod, type AanbodVolledig, type EigenAanbodItem } from './queries.ts';
export { mayCreateAanbod, mayEditAanbod, maySeeAanbod } from './policy.ts';
export { aanbodFilterSchema, type AanbodFilter } from './zoeken/filter.schema.ts';
export { zoekAanbod, type AanbodLijstItem } from './zoeken/queries.ts';
