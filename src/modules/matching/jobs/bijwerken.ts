// STUB (helper A replaces).
import type { JobDefinition } from '../../../platform/jobs.ts';
export const matchingBijwerkenJob: JobDefinition = { name: 'matching-bijwerken', cron: '* * * * *', run: async () => undefined };
