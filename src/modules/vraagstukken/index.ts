// The only import surface of the vraagstukken module.
export * from './schema.ts';
export { vraagstukPages } from './pages/routes.tsx';
export { vraagstukZoekPages } from './zoeken/routes.tsx';
export { vraagstukkenApi } from './api/routes.ts';
export { vraagstukInvoerSchema, vraagstukLimieten, type VraagstukInvoer } from './vraagstuk.schema.ts';
export { kan, mogelijkeTransities, openStatussen, transities, zichtbareStatussen, type Transitie } from './lifecycle.ts';
export { isBeoordelaar, isEigenaar, isPartner, mayAanmaken, maySee, maySeeDetails, type VraagstukResource } from './policy.ts';
export { isUuid, laadVraagstukKern, type VraagstukKern } from './resource.ts';
export { vraagstukkenVerlopenJob, vraagstukkenVerlopenUitvoeren } from './jobs/verlopen.ts';
export { vraagstukOphalen, gebeurtenissenVan, bijlageInhoud, type VraagstukVolledig } from './queries.ts';
export { vraagstukkenLatenVerlopen } from './commands/vraagstukken-laten-verlopen.ts';
export { adviseerVormen } from './vormenwijzer.ts';
export { vraagstukFilterSchema, type VraagstukFilter } from './zoeken/filter.schema.ts';
export { zoekVraagstukken, type VraagstukLijstItem } from './zoeken/queries.ts';
