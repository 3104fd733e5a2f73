/** Starts the MSW service worker with the mock backend; the demo and the browser tests share it. */
import { http, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockHandlers, errorResponse, type MockBackendOptions } from './handlers.js';

/** A backend that is down: every call under `/broken-api` answers 500 (a server error), for the demo's error stories. */
const brokenBackend = http.all('/broken-api/*', () =>
  errorResponse('server', 'The mentoring service is down for maintenance.', { headers: { 'Retry-After': '30' } }),
);

export async function startMockBackend(
  options: MockBackendOptions & { workerUrl?: string; extraHandlers?: HttpHandler[] },
): Promise<SetupWorker> {
  const worker = setupWorker(...createMockHandlers(options), brokenBackend, ...(options.extraHandlers ?? []));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
