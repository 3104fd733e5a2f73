import { expect } from '@open-wc/testing';
import { createCalComMock, type CalComMockOptions } from '../../demo/mocks/calcom.js';
import { MemoryStore } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { fixedClock } from './clock.js';
import { serveHandlers } from './mock-backend.js';

export type CalComMock = ReturnType<typeof createCalComMock>;

/**
 * The Cal.com tests' set-up, in a `describe`: before each test, the clock at `now`, a fresh memory
 * store and the mock of Cal.com's API v2 on it (with `options`), served, and handed to `made`; after
 * each, the clock back and no request to Cal.com without its `cal-api-version` (a missing or unknown
 * one silently reaches Cal.com's old endpoints: never acceptable). Returns the requests sent to a path.
 */
export function useCalComMock(
  now: string,
  made: (made: { store: MemoryStore; mock: CalComMock }) => void,
  options: Omit<CalComMockOptions, 'store'> = {},
): { sent: (method: string, path: string) => Request[] } {
  const realNow = clock.now;
  let mock: CalComMock;
  beforeEach(async () => {
    clock.now = () => new Date(now);
    const store = new MemoryStore({ now: fixedClock(now) });
    mock = createCalComMock({ store, ...options });
    made({ store, mock });
    await serveHandlers(...mock.handlers);
  });
  afterEach(() => {
    clock.now = realNow;
    expect(mock.violations).to.deep.equal([]);
  });
  return {
    sent: (method, path) => mock.requests.filter(request => request.method === method && new URL(request.url).pathname === path),
  };
}
