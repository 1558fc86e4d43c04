import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dcg, mean, ndcgAt, recallAt, reciprocalRank, scores } from './metrics.ts';

const labels = { a: 2, b: 1, c: 1 };

test('nDCG is 1 for the ideal order and lower when the best one comes later', () => {
  assert.equal(ndcgAt(['a', 'b', 'c', 'x'], labels), 1);
  assert.equal(ndcgAt(['a', 'c', 'b'], labels), 1, 'equal labels may swap');
  const swapped = ndcgAt(['b', 'a', 'c'], labels);
  assert.ok(swapped < 1 && swapped > 0.8, String(swapped));
  assert.equal(ndcgAt(['x', 'y'], labels), 0);
});

test('nDCG uses gain 2^rel - 1 and a log2 discount, ideal from all labels', () => {
  // a (gain 3) at rank 2, nothing else: 3 / log2(3); ideal: 3 + 1/log2(3) + 1/2.
  const expected = 3 / Math.log2(3) / (3 + 1 / Math.log2(3) + 0.5);
  assert.ok(Math.abs(ndcgAt(['x', 'a'], labels) - expected) < 1e-12);
  assert.ok(Math.abs(dcg(['a', 'b'], labels) - (3 + 1 / Math.log2(3))) < 1e-12);
});

test('only the top k counts', () => {
  const ranked = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10', 'a'];
  assert.equal(ndcgAt(ranked, labels), 0);
  assert.equal(recallAt(ranked, labels), 0);
  assert.equal(reciprocalRank(ranked, labels), 0);
  assert.equal(reciprocalRank(ranked, labels, 11), 1 / 11);
});

test('recall counts each relevant candidate once', () => {
  assert.equal(recallAt(['a', 'x', 'a', 'c'], labels), 2 / 3);
  assert.equal(recallAt([], labels), 0);
  assert.equal(recallAt(['a'], {}), 0);
});

test('MRR is 1 / rank of the first relevant one', () => {
  assert.equal(reciprocalRank(['x', 'y', 'c', 'a'], labels), 1 / 3);
  assert.equal(reciprocalRank(['a'], labels), 1);
});

test('mean averages per vraagstuk', () => {
  const m = mean([scores(['a', 'b', 'c'], labels), scores(['x'], labels)]);
  assert.deepEqual(m, { ndcg: 0.5, recall: 0.5, mrr: 0.5 });
  assert.deepEqual(mean([]), { ndcg: 0, recall: 0, mrr: 0 });
});
