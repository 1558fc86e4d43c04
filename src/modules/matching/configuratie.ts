// The engine's configuration: the weight of each signal and the stall threshold of the workbench.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { matchingConfiguratie } from './schema.ts';

/** The soft signals the engine scores, each 0..1 (see docs/decisions/010-matching.md). */
export const signalen = ['tekst', 'thema', 'vorm', 'niveau', 'timing', 'regio', 'capaciteit', 'eerder', 'versheid'] as const;
export type Signaal = (typeof signalen)[number];
export type Gewichten = Record<Signaal, number>;

/** The same as the row that migration 0009 inserts. */
export const standaardGewichten: Gewichten = { tekst: 0.3, thema: 0.22, vorm: 0.1, niveau: 0.08, timing: 0.1, regio: 0.08, capaciteit: 0.03, eerder: 0.05, versheid: 0.04 };

/** Every signal 0..1; at least one above 0, or no score could be computed (it is a weighted mean). */
export const gewichtenSchema = z
  .object(Object.fromEntries(signalen.map((s) => [s, z.number().min(0).max(1)])) as Record<Signaal, z.ZodNumber>)
  .refine((g) => signalen.some((s) => g[s] > 0), { message: 'matching.fouten.gewichtenNul' });

export type MatchingConfiguratie = { gewichten: Gewichten; stagnatieDagen: number; versie: number; bijgewerktOp: Date; bijgewerktDoor: string | null };

/**
 * The configuration row (migration 0009 inserts it). Without the row, the defaults with versie 0. A
 * stored weight that is missing or out of range (the jsonb is not checked by the database) falls back
 * to its default rather than breaking every ranking.
 */
export async function leesConfiguratie(db: Db): Promise<MatchingConfiguratie> {
  const [rij] = await db.select().from(matchingConfiguratie).where(eq(matchingConfiguratie.id, 1)).limit(1);
  if (!rij) return { gewichten: { ...standaardGewichten }, stagnatieDagen: 14, versie: 0, bijgewerktOp: new Date(0), bijgewerktDoor: null };
  return { gewichten: gewichtenUit(rij.gewichten), stagnatieDagen: rij.stagnatieDagen, versie: rij.versie, bijgewerktOp: rij.bijgewerktOp, bijgewerktDoor: rij.bijgewerktDoor };
}

function gewichtenUit(opgeslagen: Record<string, unknown> | null): Gewichten {
  const geheel = gewichtenSchema.safeParse(opgeslagen);
  if (geheel.success) return geheel.data;
  const gewichten = { ...standaardGewichten };
  for (const s of signalen) {
    const w = opgeslagen?.[s];
    if (typeof w === 'number' && w >= 0 && w <= 1) gewichten[s] = w;
  }
  return signalen.some((s) => gewichten[s] > 0) ? gewichten : { ...standaardGewichten };
}
