/**
 * Ranking quality measures over one ranked list and the hand labels of one vraagstuk (README.md,
 * "Metrics"). Pure functions; `labels` maps a candidate key to 1 (good) or 2 (excellent), and a
 * key without a label counts as not relevant.
 */
export type Labels = Readonly<Record<string, number>>;

const gain = (rel: number) => 2 ** rel - 1;
const discount = (rank: number) => Math.log2(rank + 1);

/** Discounted cumulative gain of the first k keys. */
export function dcg(ranked: readonly string[], labels: Labels, k = 10): number {
  return ranked.slice(0, k).reduce((sum, key, i) => sum + gain(labels[key] ?? 0) / discount(i + 1), 0);
}

/** nDCG@k: the ideal ranking is built from every labelled candidate, so missing ones cost too. */
export function ndcgAt(ranked: readonly string[], labels: Labels, k = 10): number {
  const ideal = Object.values(labels).filter((r) => r > 0).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, rel, i) => sum + gain(rel) / discount(i + 1), 0);
  return idcg === 0 ? 0 : dcg(ranked, labels, k) / idcg;
}

/** Labelled candidates in the top k / all labelled candidates. */
export function recallAt(ranked: readonly string[], labels: Labels, k = 10): number {
  const relevant = Object.entries(labels).filter(([, r]) => r > 0).length;
  if (relevant === 0) return 0;
  return [...new Set(ranked.slice(0, k))].filter((key) => (labels[key] ?? 0) > 0).length / relevant;
}

/** 1 / rank of the first labelled candidate within the top k, else 0. */
export function reciprocalRank(ranked: readonly string[], labels: Labels, k = 10): number {
  const i = ranked.slice(0, k).findIndex((key) => (labels[key] ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export type Scores = { ndcg: number; recall: number; mrr: number };

export function scores(ranked: readonly string[], labels: Labels, k = 10): Scores {
  return { ndcg: ndcgAt(ranked, labels, k), recall: recallAt(ranked, labels, k), mrr: reciprocalRank(ranked, labels, k) };
}

export function mean(list: readonly Scores[]): Scores {
  if (list.length === 0) return { ndcg: 0, recall: 0, mrr: 0 };
  const sum = list.reduce((s, x) => ({ ndcg: s.ndcg + x.ndcg, recall: s.recall + x.recall, mrr: s.mrr + x.mrr }), { ndcg: 0, recall: 0, mrr: 0 });
  return { ndcg: sum.ndcg / list.length, recall: sum.recall / list.length, mrr: sum.mrr / list.length };
}
