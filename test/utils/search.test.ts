import { expect, waitUntil } from '@open-wc/testing';
import { foldForSearch, inSlices } from '../../src/utils/search.js';

describe('search text', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('José ÁLVAREZ')).to.equal('jose alvarez');
  });

  it('prepares thousands of records a few milliseconds at a time, each slice a task of its own, none in the caller’s', async () => {
    const records = Array.from({ length: 5000 }, (_, index) => ({ text: `Mentor ${index} Ñandú` }));
    const folded: string[] = [];
    // Each slice is a task of its own: a microtask queued at a slice's first call runs when it ends.
    const slices: Array<{ start: number; end: number }> = [];
    let inSlice = false;
    inSlices(records, record => {
      const now = performance.now();
      if (!inSlice) {
        inSlice = true;
        slices.push({ start: now, end: now });
        queueMicrotask(() => (inSlice = false));
      }
      // 0.05 ms of work each: 250 ms in all, which one task would carry whole.
      while (performance.now() - now < 0.05);
      slices[slices.length - 1].end = performance.now();
      folded.push(foldForSearch(record.text));
    });
    expect(folded, 'nothing done before the caller’s task ends').to.have.length(0);
    await waitUntil(() => folded.length === records.length, 'not every record was prepared', { timeout: 10_000 });
    expect(folded[4999]).to.equal('mentor 4999 nandu');
    expect(slices.length, 'slices').to.be.greaterThan(1);
    // 8 ms a slice, with room for a garbage collection in one.
    expect(Math.max(...slices.map(({ start, end }) => end - start)), 'the longest slice, ms').to.be.below(25);
  });
});
