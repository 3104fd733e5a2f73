// A small REST-contract backend for the measuring scripts (size.mjs, cold-load.mjs): the pages use the
// library's own HTTP client against it, as an LMS page does, so nothing but the library's files is
// fetched. Enough of the contract to show the card, list, agenda, credits and sessions, and to book.
const SERVICES = [
  {
    slug: 'coding',
    name: 'GeekPal 1-1 Coding Mentorship',
    description: 'Code review and pairing.',
    duration_minutes: 60,
    kind: 'one_to_one',
  },
  { slug: 'career', name: 'Career Guidance', description: 'CV and interviews.', duration_minutes: 30, kind: 'one_to_one' },
];
const MENTORS = ['Ana García', 'Carlos Mendoza', 'Valentina Rojas', 'James Carter', 'Priya Sharma', 'Diego Fernández'].map(
  (name, index) => ({
    slug: `mentor-${index}`,
    name,
    avatar_url: null,
    headline: 'Senior engineer',
    bio: '',
    timezone: 'America/Bogota',
    languages: ['es', 'en'],
    skills: ['JavaScript', 'React'],
    rating: 4.8,
    services: ['coding', 'career'],
    next_available_at: null,
  }),
);
const HOUR = 3_600_000;

/** Free times: every 2 hours from 14:00 UTC, for the next 5 days (none in the past). */
function slots(minutes) {
  const start = new Date();
  start.setUTCHours(14, 0, 0, 0);
  const list = [];
  for (let day = 1; day <= 5; day++) {
    for (let hour = 0; hour < 6; hour += 2) {
      const startsAt = start.getTime() + day * 24 * HOUR + hour * HOUR;
      list.push({ starts_at: new Date(startsAt).toISOString(), ends_at: new Date(startsAt + minutes * 60_000).toISOString() });
    }
  }
  return list;
}

/** One backend: its sessions and credits change as the page books. */
const GOAL = {
  id: 'goal-1',
  title: 'Ship my final project',
  why: 'It is what I will show in interviews.',
  success_criteria: 'Deployed online with its tests passing.',
  target_date: '2027-01-15',
  steps: [
    { id: 's1', title: 'Design the database', done: true },
    { id: 's2', title: 'Deploy it', done: false },
  ],
  progress: 50,
  status: 'active',
  shared: true,
  sessions: [],
};

export function createMockApi() {
  const sessions = [];
  let remaining = 4;
  const json = (response, status, body) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  /** Answers `/api/…`; returns false for any other path. */
  return async function handle(request, response) {
    const url = new URL(request.url, 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/')) return false;
    if (path === '/api/services') json(response, 200, { services: SERVICES });
    else if (path === '/api/mentors') {
      const service = url.searchParams.get('service');
      json(response, 200, { mentors: MENTORS.filter(mentor => !service || mentor.services.includes(service)) });
    } else if (path === '/api/credits') {
      json(response, 200, {
        credits: [
          {
            id: 'monthly',
            name: 'Monthly mentorships',
            services: ['coding', 'career'],
            remaining,
            renews_at: '2027-01-01T00:00:00Z',
            renewal: 'monthly',
          },
        ],
      });
    } else if (/^\/api\/mentors\/[^/]+\/availability$/.test(path)) {
      const service = SERVICES.find(candidate => candidate.slug === url.searchParams.get('service')) ?? SERVICES[0];
      const taken = new Set(sessions.map(session => session.starts_at));
      json(response, 200, {
        timezone: 'America/Bogota',
        slots: slots(service.duration_minutes).filter(slot => !taken.has(slot.starts_at)),
      });
    } else if (path === '/api/sessions' && request.method === 'POST') {
      let text = '';
      for await (const chunk of request) text += chunk;
      const body = JSON.parse(text);
      const mentor = MENTORS.find(candidate => candidate.slug === body.mentor) ?? MENTORS[0];
      const service = SERVICES.find(candidate => candidate.slug === body.service) ?? SERVICES[0];
      const session = {
        id: `session-${sessions.length + 1}`,
        service: service.slug,
        mentor: { slug: mentor.slug, name: mentor.name, avatar_url: null },
        group_session: null,
        starts_at: body.starts_at,
        ends_at: new Date(Date.parse(body.starts_at) + service.duration_minutes * 60_000).toISOString(),
        status: 'scheduled',
        join_url: 'https://meet.example.com/session',
        agenda: body.agenda ?? '',
        feedback: null,
      };
      sessions.push(session);
      remaining -= 1;
      json(response, 201, { session });
    } else if (path === '/api/sessions') {
      const upcoming = url.searchParams.get('status') !== 'past';
      json(response, 200, { sessions: sessions.filter(() => upcoming) });
    } else if (path === '/api/profile') {
      // A student who did the intake: lists rank by it (the heavier path, measured as students see it).
      json(response, 200, {
        profile: {
          goals: 'Land my first job as a developer',
          skills: ['React'],
          level: 'beginner',
          languages: ['es'],
          times: { weekdays: [1, 3], parts: ['evening'] },
          timezone: 'America/Bogota',
          updated_at: null,
        },
      });
    } else if (path === '/api/program') {
      // A programme under way, so the journey measures its stages as students see them.
      json(response, 200, {
        program: {
          name: 'Full-Stack Developer',
          starts_at: '2026-10-01T12:00:00Z',
          ends_at: '2027-03-01T12:00:00Z',
          sessions_planned: 8,
          sessions_done: 0,
          guidelines_url: 'https://example.com/guidelines',
          resources: [{ title: 'How mentoring works', url: 'https://example.com/mentoring' }],
          manager: { name: 'Laura Gómez', email: 'laura@example.com' },
          closed: null,
        },
      });
    } else if (path === '/api/goals') {
      // One goal, so the goals page measures a goal as students see it.
      json(response, 200, { goals: [GOAL] });
    } else json(response, 404, { error: { message: `No ${path} here` } });
    return true;
  };
}
