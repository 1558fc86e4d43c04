// The only import surface of the organisaties module.
export { organisatiesApi } from './api/routes.ts';
export { organisatiePages } from './pages/routes.tsx';
export { countPerSoort } from './queries.ts';
export { organisaties, organisatieSoorten, organisatieDomeinen, onderdelen, onderdeelThemas, onderdeelContactpersonen, onderdeelSoorten } from './schema.ts';
export { importeerRegister, leesRegisterBestand, registerSoorten, rapportTekst, RegisterImportError, voortgangsbalk, type RegisterImportReport, type RegisterSoort } from './import/index.ts';
