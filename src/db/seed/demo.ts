import { readFile } from 'node:fs/promises';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.ts';
import { organisaties } from '../../modules/organisaties/schema.ts';
import { loadDemoMarktplaats, removeDemoMarktplaats } from './demo-marktplaats.ts';

const demoFile = new URL('./demo-organisaties.json', import.meta.url);
const demoSchema = z.object({
  items: z.array(z.object({ naam: z.string(), nl: z.string(), en: z.string() })),
});

/**
 * Demo content shows what the platform looks like with content in it. It only fills what is empty,
 * is marked as demo, and can be removed again; real descriptions are never touched.
 */
export async function loadDemoContent(db: Db): Promise<number> {
  const { items } = demoSchema.parse(JSON.parse(await readFile(demoFile, 'utf8')));
  return db.transaction(async (tx) => {
    let count = 0;
    for (const item of items) {
      const updated = await tx
        .update(organisaties)
        .set({ beschrijvingNl: item.nl, beschrijvingEn: item.en, beschrijvingIsDemo: true })
        .where(and(eq(organisaties.naam, item.naam), isNull(organisaties.beschrijvingNl), isNull(organisaties.beschrijvingEn)))
        .returning({ id: organisaties.id });
      count += updated.length;
    }
    // The marketplace (vraagstukken, aanbod, belangstellingen): skipped when it is already there.
    await loadDemoMarktplaats(tx);
    return count;
  });
}

/** Removes the demo descriptions and the demo marketplace; returns the number of organisations changed. */
export async function removeDemoContent(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await removeDemoMarktplaats(tx);
    const updated = await tx
      .update(organisaties)
      .set({ beschrijvingNl: null, beschrijvingEn: null, beschrijvingIsDemo: false })
      .where(eq(organisaties.beschrijvingIsDemo, true))
      .returning({ id: organisaties.id });
    return updated.length;
  });
}
