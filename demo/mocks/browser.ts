/** Starts the MSW service worker with the mock backend; the demo and the browser tests share it. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockHandlers, type MockBackendOptions } from './handlers.js';

export async function startMockBackend(
  options: MockBackendOptions & { workerUrl?: string },
): Promise<SetupWorker> {
  const worker = setupWorker(...createMockHandlers(options));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
