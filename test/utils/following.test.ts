import { expect } from '@open-wc/testing';
import { thisAndFollowing } from '../../src/utils/following.js';
import { matchOf } from '../../src/components/mentor-list/matching.js';
import type { Mentor } from '../../src/index.js';

const meeting = (id: string, startsAt: string, series: string | null = 's1') => ({ id, startsAt, series });

describe('"this and the following": one rule for what is announced and what is cancelled', () => {
  const first = meeting('a', '2026-12-01T15:00:00Z');
  const second = meeting('b', '2026-12-08T15:00:00.000Z');
  const third = meeting('c', '2026-12-15T10:00:00-05:00');
  const other = meeting('x', '2026-12-20T15:00:00Z', 's2');
  const single = meeting('z', '2026-12-02T15:00:00Z', null);

  it('takes the meeting and its series’ later ones, whatever their order or ISO form', () => {
    expect(thisAndFollowing(second, [third, other, first, second, single]).map(each => each.id)).to.deep.equal(['b', 'c']);
    expect(thisAndFollowing(first, [third, second, first]).map(each => each.id)).to.deep.equal(['a', 'c', 'b']);
    expect(thisAndFollowing(third, [first, second, third]).map(each => each.id)).to.deep.equal(['c']);
  });

  it('a meeting of no series is only itself', () => {
    expect(thisAndFollowing(single, [single, first]).map(each => each.id)).to.deep.equal(['z']);
  });
});

describe('matching folds skills as the search does', () => {
  it('"diseno ux" and "JAVASCRIPT" meet "Diseño UX" and "JavaScript"', () => {
    const mentor: Mentor = {
      slug: 'ana',
      name: 'Ana',
      avatarUrl: null,
      headline: '',
      bio: '',
      timezone: 'Europe/Madrid',
      languages: ['es'],
      skills: ['Diseño UX', 'JavaScript', 'Python'],
      rating: null,
      services: [],
    };
    const match = matchOf(mentor, {
      interests: ['diseno ux', 'JAVASCRIPT'],
      language: 'en',
      now: new Date('2026-11-24T12:00:00Z'),
      timeZone: 'UTC',
    });
    expect(match.sharedSkills).to.deep.equal(['Diseño UX', 'JavaScript']);
  });
});
