import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createHttpClient } from '../../src/index.js';
import { rejection } from '../support/rejection.js';
import { forBothClients } from '../support/both-clients.js';
import { worker } from '../support/mock-backend.js';

forBothClients('getProgram and closeProgram', backend => {
  it('gives the programme with the sessions held so far, and closes it once with the student’s summary', async () => {
    expect(backend.client.capabilities.program).to.equal(true);
    const program = await backend.client.getProgram!();
    expect(program).to.deep.include({
      name: 'Full-Stack Developer · Mentoring programme',
      startsAt: '2026-10-25T12:00:00.000Z',
      endsAt: '2027-01-23T12:00:00.000Z',
      sessionsPlanned: 8,
      guidelinesUrl: 'https://4geeks.com/lesson/mentoring-sessions',
      manager: { name: 'Laura Gómez', email: 'laura.gomez@4geeks.example' },
      closed: null,
    });
    const held = (await backend.client.listSessions({ status: 'past' })).filter(session => session.status === 'completed').length;
    expect(program.sessionsDone).to.equal(held);
    expect(held).to.be.greaterThan(0);
    expect(program.resources.map(resource => resource.title)).to.include('How mentoring works at 4Geeks');

    const closed = await backend.client.closeProgram!({
      summary: 'I shipped my final project and got my first interview.',
      achievements: ['Ship my final project'],
      rating: 5,
      comment: 'Thank you, Ana!',
    });
    expect(closed.closed).to.deep.equal({
      at: '2026-11-24T12:00:00.000Z',
      summary: 'I shipped my final project and got my first interview.',
      achievements: ['Ship my final project'],
      rating: 5,
      comment: 'Thank you, Ana!',
    });
    expect((await backend.client.getProgram!()).closed!.rating).to.equal(5);
    const again = await rejection(backend.client.closeProgram!({ summary: 'Again', achievements: [], rating: 4 }));
    expect(again.code).to.equal('forbidden');
    expect(again.reason).to.equal('Your programme is already closed.');
  });

  it('refuses a closing that does not hold, naming the field', async () => {
    for (const [params, field] of [
      [{ summary: ' ', achievements: [], rating: 5 }, 'summary'],
      [{ summary: 'Done', achievements: [], rating: 6 }, 'rating'],
      [{ summary: 'Done', achievements: [3], rating: 4 }, 'achievements'],
    ] as const) {
      const refused = await rejection(backend.client.closeProgram!(params as never));
      expect(refused.code, field).to.equal('bad-request');
      expect(refused.message).to.contain(field);
    }
    expect((await backend.client.getProgram!()).closed).to.equal(null);
  });
});

describe('getProgram over HTTP: read tolerantly', () => {
  it('keeps only http(s) links: a resource with another is left out, the guidelines become null', async () => {
    (await worker()).use(
      http.get('/odd-api/program', () =>
        HttpResponse.json({
          program: {
            name: 'Programme',
            starts_at: '2026-10-01T00:00:00Z',
            ends_at: '2027-01-01T00:00:00Z',
            sessions_planned: 6,
            sessions_done: 2,
            guidelines_url: 'javascript:alert(1)',
            resources: [
              { title: 'Good', url: 'https://example.com/a' },
              { title: 'Bad', url: 'javascript:alert(1)' },
              { title: 'No link' },
              null,
            ],
            manager: null,
          },
        }),
      ),
    );
    const program = await createHttpClient({ baseUrl: '/odd-api', retryDelayMs: 1 }).getProgram!();
    expect(program.guidelinesUrl).to.equal(null);
    expect(program.resources).to.deep.equal([{ title: 'Good', url: 'https://example.com/a' }]);
    expect(program.manager).to.equal(null);
    expect(program.closed).to.equal(undefined);
  });
});
