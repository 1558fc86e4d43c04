import { parseArgs } from 'node:util';
import { openConfiguredDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { loadDemoContent, removeDemoContent } from './db/seed/demo.ts';
import { importReference } from './db/seed/import-reference.ts';
import { ReferenceFileError, defaultReferenceFile, readReferenceFile } from './db/seed/reference-file.ts';
import { ConfigError, loadConfig, loadDotEnv, withPersistentDevSecret } from './platform/config.ts';
import { createAccountFromCli } from './modules/accounts/index.ts';
import { alleSuggestiesHerberekenen } from './modules/matching/index.ts';
import { vraagstukkenVerlopenUitvoeren } from './modules/vraagstukken/index.ts';
import { seedOnFirstStart } from './db/seed/first-start.ts';
import { createLogger } from './platform/logger.ts';
import {
  RegisterImportError,
  importeerRegister,
  leesRegisterBestand,
  rapportTekst,
  registerSoorten,
  voortgangsbalk,
  type RegisterSoort,
} from './modules/organisaties/index.ts';

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                      apply the database migrations
  import-referentie [--bestand FILE]
                               import regions, provinces, themes, forms of collaboration and
                               organisations from a reference file (default: reference/partnership.json);
                               idempotent: a second run reports no changes
  import <roo-xml|roo-csv|duo-csv> --bestand FILE [--dry-run] [--alles]
                               import organisaties from a register export: the Register van
                               Overheidsorganisaties (XML or CSV) or DUO's list of institutions (CSV);
                               --dry-run prints the changes and writes nothing; --alles also lists the
                               unchanged ones. Idempotent; a faulty file is refused whole (docs/imports.md)
  vraagstukken-verlopen        close the vraagstukken whose deadline has passed (sluitreden vervallen),
                               as the hourly job does; idempotent. For JOBS=uit, or to run it now
  suggesties-herberekenen      recompute the stored suggestions of every open vraagstuk and published
                               aanbod item (after an import, or a change of weights on a large platform)
  demo-laden                   load the demo content (only fills what is empty; marked as demo)
  demo-verwijderen             remove all demo content
  account-aanmaken --email E --naam N [--wachtwoord W] [--rol R [--regio CODE]] [--totp-geheim BASE32]
                   [--coordinator-van SLUG]
                               make a verified account, e.g. the first beheerder; without --wachtwoord
                               a strong password is generated and printed once. R: beheerder, verbinder
                               (needs --regio) or programmamanagement. Beheerder and verbinder only act
                               with a second factor: give --totp-geheim, or set it up after logging in.
                               --coordinator-van makes the account coordinator of that organisatie.

The database is the one the environment points at: DATABASE_URL, or the embedded one in DATA_DIR.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      bestand: { type: 'string' },
      email: { type: 'string' },
      naam: { type: 'string' },
      wachtwoord: { type: 'string' },
      rol: { type: 'string' },
      regio: { type: 'string' },
      'totp-geheim': { type: 'string' },
      'coordinator-van': { type: 'string' },
      'dry-run': { type: 'boolean' },
      alles: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(usage);
    return command || values.help ? 0 : 1;
  }
  if (!['migrate', 'import-referentie', 'import', 'demo-laden', 'demo-verwijderen', 'account-aanmaken', 'vraagstukken-verlopen', 'suggesties-herberekenen'].includes(command)) {
    console.error(`Unknown command '${command}'.\n\n${usage}`);
    return 1;
  }
  if (command === 'account-aanmaken' && (!values.email || !values.naam)) {
    console.error(`account-aanmaken needs --email and --naam.\n\n${usage}`);
    return 1;
  }
  const registerSoort = positionals[1];
  if (command === 'import' && (!registerSoorten.includes(registerSoort as RegisterSoort) || !values.bestand)) {
    console.error(`import needs a kind (${registerSoorten.join(', ')}) and --bestand FILE.\n\n${usage}`);
    return 1;
  }
  // Read and check the file before opening the database: a broken file is reported at once.
  const register = command === 'import' ? await leesRegisterBestand(registerSoort as RegisterSoort, values.bestand!) : undefined;
  loadDotEnv();
  const config = withPersistentDevSecret(loadConfig(), Boolean(process.env.APP_SECRET));
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    switch (command) {
      case 'migrate':
        console.log(`Migrations applied (${database.kind}).`);
        break;
      case 'import-referentie': {
        const file = values.bestand ?? defaultReferenceFile;
        const report = await importReference(database.db, await readReferenceFile(file));
        console.log(`Imported ${file}:`);
        console.table(report);
        break;
      }
      case 'import': {
        const balk = voortgangsbalk();
        const report = await importeerRegister(database.db, register!, { dryRun: values['dry-run'], voortgang: balk.update });
        balk.klaar();
        console.log(rapportTekst(report, { alleOngewijzigd: values.alles }));
        break;
      }
      case 'vraagstukken-verlopen': {
        const aantal = await vraagstukkenVerlopenUitvoeren(database.db, createLogger('warn'));
        console.log(`${aantal} vraagstuk(ken) closed as vervallen (deadline passed).`);
        break;
      }
      case 'suggesties-herberekenen': {
        const uit = await alleSuggestiesHerberekenen(database.db, {
          opVoortgang: process.stderr.isTTY ? (klaar, totaal) => process.stderr.write(`\r${klaar}/${totaal}`) : undefined,
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.log(`Suggestions recomputed for ${uit.vraagstukken} vraagstuk(ken) and ${uit.aanbod} aanbod item(s) in ${(uit.ms / 1000).toFixed(1)} s.`);
        if (uit.mislukt > 0) {
          console.error(`${uit.mislukt} item(s) failed; the first error: ${uit.fout instanceof Error ? uit.fout.message : String(uit.fout)}`);
          return 1;
        }
        break;
      }
      case 'demo-laden':
        console.log(`Demo content loaded for ${await loadDemoContent(database.db)} organisation(s).`);
        break;
      case 'account-aanmaken': {
        // On a new database, load the reference data first (as the first server start would): the
        // account may need its organisatie.
        await seedOnFirstStart(database.db, { demoContent: config.demoContent, logger: createLogger('warn') });
        const made = await createAccountFromCli(database.db, config.appSecret, {
          email: values.email!,
          naam: values.naam!,
          wachtwoord: values.wachtwoord,
          rol: values.rol,
          regio: values.regio,
          totpGeheim: values['totp-geheim'],
          coordinatorVan: values['coordinator-van'],
        });
        console.log(`Account ${made.email} made (${made.id}).`);
        if (made.generatedPassword) console.log(`Password (shown once): ${made.generatedPassword}`);
        break;
      }
      case 'demo-verwijderen':
        console.log(`Demo content removed from ${await removeDemoContent(database.db)} organisation(s).`);
        break;
    }
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof ReferenceFileError) {
      console.error(error.message);
    } else if (error instanceof RegisterImportError) {
      console.error(`Refused, nothing imported: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
