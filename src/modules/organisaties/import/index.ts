// The register importers of the organisaties module (ROO XML/CSV, DUO CSV); see docs/imports.md.
export { importeerRegister, leesRegisterBestand, registerSoorten, type RegisterImportReport, type RegisterSoort } from './import-register.ts';
export { rapportTekst } from './rapport.ts';
export { RegisterImportError } from './types.ts';
export { voortgangsbalk } from './voortgang.ts';
