// The only import surface of the taxonomie module.
export { taxonomieApi } from './api/routes.ts';
export { taxonomiePages } from './pages/routes.tsx';
export {
  invalidateTaxonomie,
  listRegios,
  listSamenwerkingsvormen,
  listSynoniemen,
  listThemas,
  type RegioMetProvincies,
  type Synoniem,
} from './queries.ts';
export { expandWithSynonyms, matchThemaCodes, themaWoorden } from './synoniemen.ts';
export { importThemaSynoniemen, readSynoniemenFile, type SynoniemenImportReport } from './thema-synoniemen-import.ts';
export { regios, provincies, themas, themaSynoniemen, samenwerkingsvormen } from './schema.ts';
