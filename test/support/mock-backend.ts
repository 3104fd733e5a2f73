/**
 * One MSW worker per test page, serving a fresh store per test: `serveStore(store)` swaps the
 * handlers; `worker()` gives access for one-off fault handlers (`(await worker()).use(...)`).
 */
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { startMockBackend } from '../../demo/mocks/browser.js';
import { createMockHandlers, type MockBackendOptions } from '../../demo/mocks/handlers.js';
import { MemoryStore, type MemoryStoreOptions } from '../../src/index.js';
import { clock as componentClock } from '../../src/utils/clock.js';
import { fixedClock, type TestClock } from './clock.js';

let started: Promise<SetupWorker> | undefined;

export function worker(): Promise<SetupWorker> {
  started ??= startMockBackend({ store: new MemoryStore({ now: fixedClock() }) });
  return started;
}

/** Serves only these handlers from now on (e.g. an adapter's mock backend). */
export async function serveHandlers(...handlers: HttpHandler[]): Promise<void> {
  (await worker()).resetHandlers(...handlers);
}

/** Serves `store` at `/api` from now on, dropping any handler a previous test added. */
export async function serveStore(store: MemoryStore, options: Omit<MockBackendOptions, 'store'> = {}): Promise<void> {
  (await worker()).resetHandlers(...createMockHandlers({ store, ...options }));
}

/** A fresh store per test, served at `/api`, whose clock is also the components' "now". */
export interface PinnedBackend {
  store: MemoryStore;
  /** Moves "now" for the store and the components together. */
  clock: TestClock;
}

/**
 * Registers hooks that give each test a `PinnedBackend` at `now`, and put the components' clock back
 * afterwards. Read it inside the test (`backend.store`), after the hooks ran.
 */
export function usePinnedBackend(now: string, options: MemoryStoreOptions = {}): PinnedBackend {
  const backend = {} as PinnedBackend;
  const realNow = componentClock.now;
  beforeEach(async () => {
    backend.clock = fixedClock(now);
    componentClock.now = () => backend.clock();
    backend.store = new MemoryStore({ ...options, now: backend.clock });
    await serveStore(backend.store);
  });
  afterEach(() => {
    componentClock.now = realNow;
  });
  return backend;
}
