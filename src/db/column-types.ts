import { customType } from 'drizzle-orm/pg-core';

/** Postgres full-text search vector; drizzle has no built-in type for it. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
