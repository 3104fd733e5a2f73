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
    const slices: Array<{ records: number }> = [];
    let inSlice = false;
    inSlices(records, record => {
      const now = performance.now();
      if (!inSlice) {
        inSlice = true;
        slices.push({ records: 0 });
        queueMicrotask(() => (inSlice = false));
      }
      // 0.05 ms of work each: 250 ms in all, which one task would carry whole.
      while (performance.now() - now < 0.05);
      slices[slices.length - 1].records += 1;
      folded.push(foldForSearch(record.text));
    });
    expect(folded, 'nothing done before the caller’s task ends').to.have.length(0);
    await waitUntil(() => folded.length === records.length, 'not every record was prepared', { timeout: 10_000 });
    expect(folded[4999]).to.equal('mentor 4999 nandu');
    expect(slices.length, 'slices').to.be.greaterThan(1);
    // 8 ms a slice: at 0.05 ms a record, never more than 161 records in one. Counted rather than timed:
    // on a shared 2-core machine the OS may pause the page mid-slice (a slice once took 32 ms of wall
    // clock in CI), which stretches a slice's time but never adds records to it.
    expect(Math.max(...slices.map(slice => slice.records)), 'the most records in one slice').to.be.at.most(161);
  });
});
