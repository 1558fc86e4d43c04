// The only import surface of the matching module.
export * from './schema.ts';
export { gewichtenSchema, leesConfiguratie, signalen, standaardGewichten, type Gewichten, type MatchingConfiguratie, type Signaal } from './configuratie.ts';
export { rangschikVoorAanbod, rangschikVoorVraagstuk, type RangschikOpties, type Suggestie } from './engine/rangschik.ts';
export { signaalNaam, signaalOmschrijving, uitlegRegels } from './uitleg.ts';
export { alleSuggestiesHerberekenen, suggestiesBijwerkenVoorAanbod, suggestiesBijwerkenVoorVraagstuk, wachtrijVerwerken } from './suggesties/bijwerken.ts';
export { opgeslagenSuggestie, suggestiesVoorAanbod, suggestiesVoorVraagstuk, type KandidaatWeergave, type SuggestieWeergave } from './queries.ts';
export { matchingBijwerkenJob } from './jobs/bijwerken.ts';
export { suggestiePages } from './pages/suggestie-routes.tsx';
export { matchingBeheerPages } from './pages/beheer-routes.tsx';
export { matchingApi } from './api/routes.ts';
export { ScoreOpbouw, scoreSleutel } from './pages/score-opbouw.tsx';
