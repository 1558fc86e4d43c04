// The only import surface of the audit module.
export * from './schema.ts';
export { recordAudit, diff, type AuditEntry } from './record.ts';
export { auditPages } from './pages/routes.tsx';
export { can as auditCan, type AuditAction } from './policy.ts';
export { listAuditEntries, listAuditEntriesOfPerson, type AuditFilter, type AuditRow } from './queries.ts';
export { anonymiseAuditEntries, isScrubbed, personalFields } from './anonymise.ts';
export { AuditTable, AccountName } from './pages/audit-table.tsx';
export { formatMoment, formatDay, dutchDate, timeZone } from './time.ts';
