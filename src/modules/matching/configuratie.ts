// STUB (helper A replaces): the engine's configuration.
import { z } from 'zod';
import type { Db } from '../../db/client.ts';

/** The soft signals the engine scores, each 0..1 (see docs/decisions/010-matching.md). */
export const signalen = ['tekst', 'thema', 'vorm', 'niveau', 'timing', 'regio', 'capaciteit', 'eerder', 'versheid'] as const;
export type Signaal = (typeof signalen)[number];
export type Gewichten = Record<Signaal, number>;

/** The same as the row that migration 0009 inserts. */
export const standaardGewichten: Gewichten = { tekst: 0.3, thema: 0.22, vorm: 0.1, niveau: 0.08, timing: 0.1, regio: 0.08, capaciteit: 0.03, eerder: 0.05, versheid: 0.04 };

export const gewichtenSchema = z.object(Object.fromEntries(signalen.map((s) => [s, z.number().min(0).max(1)])) as Record<Signaal, z.ZodNumber>);

export type MatchingConfiguratie = { gewichten: Gewichten; stagnatieDagen: number; versie: number; bijgewerktOp: Date; bijgewerktDoor: string | null };

export async function leesConfiguratie(_db: Db): Promise<MatchingConfiguratie> {
  throw new Error('not yet');
}
