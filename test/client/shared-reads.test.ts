/**
 * Identical GETs through the page's own fetch share one answer (transport.ts): whichever client asks
 * (a provider's, a tag's own), and for a read asked ahead (the CDN's autoloader, before a tag's code
 * arrives), the same request made soon after. A write or a refresh drops what is kept.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { createHttpClient, MemoryStore, type MentorshipClient } from '../../src/index.js';
import { createTransport } from '../../src/client/transport.js';
import { dropCachedAnswers } from '../../src/client/cache.js';
import { fixedClock } from '../support/clock.js';
import { serveStore, worker } from '../support/mock-backend.js';

describe('reads shared across the clients of a page', () => {
  let seen: string[];
  const client = () => createHttpClient({ baseUrl: '/api', locale: 'en', capabilities: {} });
  /** What the autoloader does for a tag on its way: the same request, asked ahead. */
  const readAhead = (path: string) =>
    createTransport({ baseUrl: '/api', retries: 0, headers: () => ({ 'Accept-Language': 'en' }) })({
      method: 'GET',
      path,
      decode: null,
      ahead: true,
    });

  beforeEach(async () => {
    await serveStore(new MemoryStore({ now: fixedClock() }));
    seen = [];
    (await worker()).use(
      http.all('/api/*', async ({ request }) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        // Slow enough for the second caller to ask while the first is on its way.
        await delay(50);
        return undefined;
      }),
    );
    dropCachedAnswers(undefined);
  });

  // First in this file: the profile's code (http-profile) is fetched here for the first time in the page.
  it("a read whose code comes later is sent beside that code's fetch, once", async () => {
    // The page has loaded hundreds of modules: make room for this test's entries.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(1000);
    const profile = await (client() as Required<MentorshipClient>).getProfile();
    expect(profile).to.not.equal(undefined);
    expect(seen).to.deep.equal(['GET /api/profile']);
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const code = entries.find(entry => /\/src\/client\/http-profile\.ts/.test(entry.name))!;
    const data = entries.find(entry => entry.name.endsWith('/api/profile'))!;
    expect(code, 'the profile code was fetched before this test').to.not.equal(undefined);
    expect(data.startTime, 'the profile was asked only once its code had arrived').to.be.below(code.responseEnd);
  });

  it('a 404 asked ahead is an answer: the reader takes it rather than asking again', async () => {
    (await worker()).use(
      http.get('/api/program', () => {
        seen.push('GET /api/program');
        return HttpResponse.json({ error: { code: 'not_found', message: 'No programme' } }, { status: 404 });
      }),
    );
    const failure = await (client() as Required<MentorshipClient>).getProgram().catch((error: unknown) => error);
    expect((failure as { code?: string }).code).to.equal('not-found');
    expect(seen).to.deep.equal(['GET /api/program']);
  });

  it('two clients asking the same thing at once send one request, and both read the answer', async () => {
    const [first, second] = await Promise.all([client().getCredits(), client().getCredits()]);
    expect(seen).to.deep.equal(['GET /api/credits']);
    expect(first).to.deep.equal(second);
    expect(first).to.have.length.greaterThan(0);
  });

  it('once answered, an ordinary read is asked again', async () => {
    await client().getCredits();
    await client().getCredits();
    expect(seen).to.deep.equal(['GET /api/credits', 'GET /api/credits']);
  });

  it('a read asked ahead answers the same request made after it landed, once', async () => {
    await readAhead('/credits');
    const credits = await client().getCredits();
    expect(credits).to.have.length.greaterThan(0);
    expect(seen).to.deep.equal(['GET /api/credits']);
    // Taken: the next read asks the backend.
    await client().getCredits();
    expect(seen).to.deep.equal(['GET /api/credits', 'GET /api/credits']);
  });

  it('a request in another language is not answered by it', async () => {
    await readAhead('/credits');
    await createHttpClient({ baseUrl: '/api', locale: 'es', capabilities: {} }).getCredits();
    expect(seen).to.deep.equal(['GET /api/credits', 'GET /api/credits']);
  });

  it('a write, or a refresh, drops what was asked ahead', async () => {
    await readAhead('/credits');
    await (client() as Required<MentorshipClient>).releaseHold({ id: 'none' }).catch(() => undefined);
    await client().getCredits();
    await readAhead('/services');
    dropCachedAnswers(undefined);
    await client().listServices();
    expect(seen).to.deep.equal([
      'GET /api/credits',
      'DELETE /api/holds/none',
      'GET /api/credits',
      'GET /api/services',
      'GET /api/services',
    ]);
  });

  it('a caller that gives up stops waiting; the others still get the answer, and a later caller asks anew', async () => {
    const controller = new AbortController();
    const patient = client().getCredits();
    const leaving = client().getCredits({ signal: controller.signal });
    controller.abort();
    const reason = await leaving.then(
      () => null,
      (error: unknown) => error,
    );
    expect((reason as DOMException).name).to.equal('AbortError');
    expect(await patient).to.have.length.greaterThan(0);
    await client().getCredits();
    expect(seen).to.deep.equal(['GET /api/credits', 'GET /api/credits']);
  });
});
