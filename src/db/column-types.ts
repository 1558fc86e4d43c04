import { customType } from 'drizzle-orm/pg-core';

/** Postgres full-text search vector; drizzle has no built-in type for it. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** Binary data (logos); node-postgres and PGlite both hand it over as a Buffer/Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
});
