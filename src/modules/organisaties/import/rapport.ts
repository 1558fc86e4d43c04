import type { RegisterImportReport } from './import-register.ts';

/** The diff of an import as text for the terminal: new, changed (field: before -> after), unchanged. */
export function rapportTekst(report: RegisterImportReport, { alleOngewijzigd = false } = {}): string {
  const regels: string[] = [];
  const kop = report.dryRun ? `Proefimport van ${report.bestand} (er is niets geschreven):` : `Import van ${report.bestand}:`;
  regels.push(kop, '');
  regels.push(`Nieuw (${report.nieuw.length}):`);
  for (const r of report.nieuw) {
    const ouder = r.bovenliggende ? `, onder ${r.bovenliggende}` : '';
    regels.push(`  + ${r.naam} [${r.soort}, ${r.provincie}${ouder}] (${r.waar})`);
  }
  regels.push(`Gewijzigd (${report.gewijzigd.length}):`);
  for (const r of report.gewijzigd) {
    regels.push(`  ~ ${r.naam} (${r.waar})`);
    for (const w of r.wijzigingen) regels.push(`      ${w.veld}: ${w.voor} -> ${w.na}`);
  }
  regels.push(`Ongewijzigd (${report.ongewijzigd.length})${alleOngewijzigd || report.ongewijzigd.length === 0 ? ':' : ''}`);
  if (alleOngewijzigd) for (const r of report.ongewijzigd) regels.push(`  = ${r.naam}`);
  if (report.overgeslagen.length > 0) {
    regels.push(`Overgeslagen (${report.overgeslagen.length}):`);
    for (const o of report.overgeslagen) regels.push(`  - ${o.naam}: ${o.reden} (${o.waar})`);
  }
  if (report.waarschuwingen.length > 0) {
    regels.push(`Waarschuwingen (${report.waarschuwingen.length}):`);
    for (const w of report.waarschuwingen) regels.push(`  ! ${w}`);
  }
  regels.push(
    '',
    `${report.nieuw.length} nieuw, ${report.gewijzigd.length} gewijzigd, ${report.ongewijzigd.length} ongewijzigd, ${report.overgeslagen.length} overgeslagen.`,
  );
  return regels.join('\n');
}
