/**
 * One MSW worker per test page, serving a fresh store per test: `serveStore(store)` swaps the
 * handlers; `worker()` gives access for one-off fault handlers (`(await worker()).use(...)`).
 */
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { startMockBackend } from '../../demo/mocks/browser.js';
import { createMockHandlers, type MockBackendOptions } from '../../demo/mocks/handlers.js';
import { MemoryStore } from '../../src/index.js';
import { fixedClock } from './clock.js';

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
