// The only import surface of the koppelingen module.
export * from './schema.ts';
export { koppelingPages } from './pages/routes.tsx';
export { werkbankPages } from './werkbank/routes.tsx';
export { koppelingenApi } from './api/routes.ts';
export { koppelingLimieten, koppelingVoorstelSchema, zijden, type KoppelingVoorstel, type Zijde } from './koppeling.schema.ts';
export {
  besluitVan,
  isAanbodzijde,
  isMakelaar,
  isVraagzijde,
  lopendeKoppelingStatussen,
  mayReadKoppeling,
  openZijden,
  voorstelRol,
  zijdenVan,
  type KandidaatZijde,
  type KoppelingResource,
} from './policy.ts';
export {
  koppelingenLaden,
  koppelingenVoorVraagstuk,
  koppelingGebeurtenissenVan,
  koppelingOphalen,
  mijnKoppelingen,
  samenwerkingConceptVan,
  type Kandidaat,
  type KoppelingGebeurtenis,
  type KoppelingVolledig,
} from './queries.ts';
export { koppelingVoorstellen, levendeKoppeling } from './commands/koppeling-voorstellen.ts';
export { koppelingIntroduceren } from './commands/koppeling-introduceren.ts';
export { koppelingBeslissen } from './commands/koppeling-beslissen.ts';
export { koppelingIntrekken } from './commands/koppeling-intrekken.ts';
