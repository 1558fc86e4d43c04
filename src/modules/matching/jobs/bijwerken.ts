import type { Db } from '../../../db/client.ts';
import type { JobDefinition } from '../../../platform/jobs.ts';
import type { Logger } from '../../../platform/logger.ts';
import { statistiekBewaker } from '../suggesties/statistiek.ts';
import { wachtrijVerwerken, type WachtrijResultaat } from '../suggesties/wachtrij.ts';

export type BijwerkRun = Omit<WachtrijResultaat, 'fout'> & { rondes: number; statistiekVerversd: boolean; ms: number };

export type BijwerkOpties = {
  /**
   * Items taken from the queue per round (default 10). Small, because each item also recomputes up
   * to 50 neighbours: a round then stays within the time budget.
   */
  perRonde?: number;
  /** A run starts no new round after this long (default 45 s): the next minute's run goes on. */
  budgetMs?: number;
};

/**
 * One run of the matching job: refresh the term statistics when due, then work through the queue
 * in rounds until it is empty or the time budget is spent. What is left waits for the next minute;
 * the queue is a table, so nothing is lost when a run stops early or the process ends.
 */
export async function matchingBijwerkenUitvoeren(
  db: Db,
  logger: Logger,
  bewaker: ReturnType<typeof statistiekBewaker>,
  opties: BijwerkOpties = {},
): Promise<BijwerkRun> {
  const gestart = performance.now();
  const perRonde = opties.perRonde ?? 10;
  const budgetMs = opties.budgetMs ?? 45_000;
  const run: BijwerkRun = { vraagstukken: 0, aanbod: 0, buurVraagstukken: 0, buurAanbod: 0, mislukt: 0, rondes: 0, statistiekVerversd: false, ms: 0 };
  run.statistiekVerversd = await bewaker.misschienVerversen(db);
  for (;;) {
    const { fout, ...ronde } = await wachtrijVerwerken(db, { max: perRonde });
    run.rondes++;
    run.vraagstukken += ronde.vraagstukken;
    run.aanbod += ronde.aanbod;
    run.buurVraagstukken += ronde.buurVraagstukken;
    run.buurAanbod += ronde.buurAanbod;
    run.mislukt += ronde.mislukt;
    if (fout) logger.warn({ err: fout }, 'matching: recomputing an item failed');
    // A round that took fewer than it could emptied the queue (failures are back in it, for the next run).
    if (ronde.vraagstukken + ronde.aanbod + ronde.mislukt < perRonde || performance.now() - gestart > budgetMs) break;
  }
  run.ms = Math.round(performance.now() - gestart);
  const iets = run.vraagstukken + run.aanbod + run.mislukt > 0 || run.statistiekVerversd;
  // Every minute on an idle platform: only a run that did something is worth an info line.
  (iets ? logger.info.bind(logger) : logger.debug.bind(logger))(run, `matching bijgewerkt: ${run.vraagstukken} vraagstukken, ${run.aanbod} aanbod`);
  return run;
}

const bewaker = statistiekBewaker();

/**
 * Every minute: recompute the suggestions of what changed (the triggers of migration 0009 fill
 * matching_wachtrij), and refresh the term statistics at most hourly. The queue's 'stately' policy
 * keeps two runs from overlapping.
 */
export const matchingBijwerkenJob = {
  name: 'matching-bijwerken',
  cron: '* * * * *',
  expireInSeconds: 10 * 60,
  run: ({ db, logger }) => matchingBijwerkenUitvoeren(db, logger, bewaker),
} satisfies JobDefinition;
