/**
 * One bad field never blanks a widget: a programme with a field that cannot be read is
 * shown with that field left out, and one `mentorship-error` (`invalid-response`, `dropped`) says so.
 * Through the HTTP client, with the backend's answer rewritten on its way (MSW).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMemoryClient, type MentorshipErrorEvent, type MentorshipJourney } from '../../src/index.js';
import { wireProgram } from '../../demo/mocks/wire.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

describe('a record with a field that cannot be read', () => {
  const backend = usePinnedBackend(NOW);
  const errors = eventsPerTest<MentorshipErrorEvent>('mentorship-error');
  const student = () => createMemoryClient({ store: backend.store });

  it('the journey: "8" sessions planned is read as 8, a manager that is a string is left out, a closure rated 0 keeps the rest', async () => {
    await student().closeProgram!({ summary: 'Keep building.', achievements: ['Shipped it'], rating: 4 });
    (await worker()).use(
      http.get('/api/program', () => {
        const wire = wireProgram(backend.store.getProgram('demo-student'));
        return HttpResponse.json({
          program: { ...wire, sessions_planned: '8', manager: 'Laura Gómez', closed: { ...wire.closed, rating: 0 } },
        });
      }),
    );
    const journey = await mount<MentorshipJourney>(html`<mentorship-journey></mentorship-journey>`, { apiBase: '/api' });
    const root = journey.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="summary"]'), `no summary: ${textOf(root)}`, { timeout: 5000 });
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(textOf(root)).to.contain('Keep building.');
    expect(textOf(root)).to.match(/of 8 sessions held/);
    expect(textOf(root), 'no rating shown for one that could not be read').not.to.contain('out of 5');
    expect(textOf(root)).not.to.contain('Laura Gómez');
    const reported = errors().filter(event => event.detail.operation === 'program');
    expect(reported.map(event => [event.detail.code, event.detail.dropped])).to.deep.equal([['invalid-response', 2]]);
  });
});
