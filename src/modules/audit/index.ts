// The only import surface of the audit module.
export * from './schema.ts';
export { recordAudit, diff, type AuditEntry } from './record.ts';
export { auditPages } from './pages/routes.tsx';
