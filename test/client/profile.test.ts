import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createHttpClient, type MenteeProfile } from '../../src/index.js';
import { rejection } from '../support/rejection.js';
import { forBothClients } from '../support/both-clients.js';
import { worker } from '../support/mock-backend.js';

const INTAKE: Omit<MenteeProfile, 'updatedAt'> = {
  goals: 'Land my first job as a front-end developer',
  skills: ['React', 'Interviews', ' react ', 'Accessibility'],
  level: 'beginner',
  languages: ['es', 'en'],
  times: { weekdays: [3, 1, 3], parts: ['evening', 'morning'] },
  timezone: 'America/Bogota',
};

forBothClients('getProfile and saveProfile', backend => {
  it('has no profile before the intake; saves one (tidied) and reads it back; a later save replaces it', async () => {
    expect(backend.client.capabilities.profile).to.equal(true);
    expect(await backend.client.getProfile!()).to.equal(null);
    const saved = await backend.client.saveProfile!({ profile: INTAKE });
    expect(saved).to.deep.include({
      goals: INTAKE.goals,
      skills: ['React', 'Interviews', 'Accessibility'],
      level: 'beginner',
      languages: ['es', 'en'],
      times: { weekdays: [1, 3], parts: ['morning', 'evening'] },
      timezone: 'America/Bogota',
      updatedAt: '2026-11-24T12:00:00.000Z',
    });
    expect(await backend.client.getProfile!()).to.deep.equal(saved);
    // Another student's is their own.
    expect(await backend.other.getProfile!()).to.equal(null);
    const changed = await backend.client.saveProfile!({ profile: { ...INTAKE, skills: ['SQL'], level: null } });
    expect(changed.skills).to.deep.equal(['SQL']);
    expect(changed.level).to.equal(null);
  });

  it('refuses a profile that does not hold, naming the field, and keeps the last one', async () => {
    await backend.client.saveProfile!({ profile: INTAKE });
    for (const [change, field] of [
      [{ goals: '  ' }, 'goals'],
      [{ level: 'expert' }, 'level'],
      [{ times: { weekdays: [8], parts: [] } }, 'times.weekdays'],
      [{ times: { weekdays: [], parts: ['night'] } }, 'times.parts'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ languages: ['not a tag'] }, 'languages'],
    ] as const) {
      const refused = await rejection(backend.client.saveProfile!({ profile: { ...INTAKE, ...(change as object) } }));
      expect(refused.code, field).to.equal('bad-request');
      expect(refused.message).to.contain(field);
    }
    expect((await backend.client.getProfile!())!.goals).to.equal(INTAKE.goals);
  });

  it('lists the mentors with their weekly hours', async () => {
    const ana = (await backend.client.listMentors()).find(mentor => mentor.slug === 'ana-garcia')!;
    expect(ana.hours).to.deep.include({ weekday: 3, start: '16:00', end: '20:00' });
    expect(ana.hours!.every(window => window.weekday >= 1 && window.weekday <= 5)).to.equal(true);
  });
});

describe('getProfile over HTTP: read tolerantly', () => {
  it('leaves out skills, weekdays and parts it cannot read, keeping the rest', async () => {
    (await worker()).use(
      http.get('/odd-api/profile', () =>
        HttpResponse.json({
          profile: {
            goals: 'Ship my project',
            skills: ['SQL', 7],
            level: 'guru',
            languages: ['es'],
            times: { weekdays: [2, 9, 'x'], parts: ['evening', 'midnight'] },
            timezone: 'America/Bogota',
          },
        }),
      ),
    );
    const client = createHttpClient({ baseUrl: '/odd-api', retryDelayMs: 1 });
    const profile = (await client.getProfile!())!;
    expect(profile.skills).to.deep.equal(['SQL']);
    expect(profile.level).to.equal('guru');
    expect(profile.times).to.deep.equal({ weekdays: [2], parts: ['evening'] });
  });
});
