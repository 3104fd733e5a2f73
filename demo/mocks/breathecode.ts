/**
 * A mock of 4Geeks' BreatheCode API in its real shapes, for the adapter's tests and the demo: token
 * and academy headers checked, lists in both pagination shapes (plain first 20 without limit/offset,
 * `{ count, next, previous, results }` with them, pages capped at 20), `-1` and `0` balances, and
 * errors as `{ detail, status_code }`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';

export interface BreatheCodeMockOptions {
  host?: string;
  /** The token the mock accepts. */
  token?: string;
  /** The token of the mentor `mentor-1` (Ana García), whose sessions and close form the mock serves too. */
  mentorToken?: string;
  academy?: string;
  mentorCount?: number;
  /** Balance `unit` per service set id (11: coding, 12: career). */
  balances?: Partial<Record<11 | 12, number>>;
  now?: Date;
}

const MAX_PAGE = 20;
const FIRST = ['Ana', 'Carlos', 'Valentina', 'James', 'Priya', 'Diego', 'Lucía', 'Michael', 'Sofía', 'Rahul'];
const LAST = ['García', 'Mendoza', 'Rojas', 'Carter', 'Sharma', 'Fernández', 'Martín', "O'Brien", 'Álvarez', 'Verma'];
const ZONES = ['Europe/Madrid', 'America/Caracas', 'America/Bogota', 'America/New_York', 'Asia/Kolkata', null];

export function createBreatheCodeMock(options: BreatheCodeMockOptions = {}) {
  const host = options.host ?? 'https://breathecode.test';
  const token = options.token ?? 'student-token';
  const mentorToken = options.mentorToken ?? 'mentor-token';
  const academy = options.academy ?? '4';
  const now = (options.now ?? new Date('2026-11-24T12:00:00Z')).getTime();
  const requests: Request[] = [];

  const services = [
    {
      id: 1,
      slug: 'geekpal-1-1-mentorship',
      name: 'GeekPal 1-1 Coding Mentorship',
      status: 'ACTIVE',
      duration: '3600.0',
      language: 'en',
      description: 'Pair with a senior developer on your code.',
    },
    { id: 2, slug: 'career-guidance', name: 'Career Guidance', status: 'ACTIVE', duration: '1800.0', language: 'es', description: '' },
  ];
  const user = (index: number) => ({
    id: 100 + index,
    first_name: FIRST[index % FIRST.length],
    last_name: `${LAST[(index * 3) % LAST.length]}${index >= FIRST.length ? ` ${index}` : ''}`,
    email: `mentor${index}@example.com`,
    profile: index % 2 === 0 ? { avatar_url: `https://avatars.example.com/${index}.png`, github_username: null } : null,
  });
  const mentors = Array.from({ length: options.mentorCount ?? 25 }, (_, index) => ({
    id: index + 1,
    slug: `mentor-${index + 1}`,
    user: user(index),
    services: services.filter((_service, which) => which === 0 || index % 3 === 0),
    status: 'ACTIVE',
    one_line_bio: `Mentor number ${index + 1}`,
    rating: index % 4 === 0 ? null : 4 + (index % 10) / 10,
    price_per_hour: 20,
    booking_url: index === 2 ? null : `https://calendly.com/mentor-${index + 1}`,
    online_meeting_url: null,
    timezone: ZONES[index % ZONES.length],
  }));
  const serviceSets: Record<number, string[]> = { 11: ['geekpal-1-1-mentorship'], 12: ['career-guidance'] };
  const consumables = () => ({
    mentorship_service_sets: [
      {
        id: 11,
        slug: 'geekpal-mentorships',
        balance: { unit: options.balances?.[11] ?? 4 },
        items: [{ id: 1, how_many: options.balances?.[11] ?? 4, unit_type: 'UNIT', valid_until: '2026-12-01T12:00:00Z' }],
      },
      {
        id: 12,
        slug: 'career-services',
        balance: { unit: options.balances?.[12] ?? -1 },
        items: [{ id: 2, how_many: options.balances?.[12] ?? -1, unit_type: 'UNIT', valid_until: null }],
      },
    ],
    cohort_sets: [],
    event_type_sets: [],
  });
  const sessions = [
    {
      id: 501,
      status: 'PENDING',
      starts_at: new Date(now + 2 * 86_400_000).toISOString(),
      ends_at: new Date(now + 2 * 86_400_000 + 3_600_000).toISOString(),
      started_at: null,
      ended_at: null,
      mentor: { id: 1, slug: 'mentor-1', user: user(0), status: 'ACTIVE' },
      service: { id: 1, slug: 'geekpal-1-1-mentorship', name: 'GeekPal 1-1 Coding Mentorship', duration: '3600.0' },
      online_meeting_url: 'https://meet.example.com/abc',
      agenda: 'Flask routes',
    },
    {
      id: 500,
      status: 'COMPLETED',
      starts_at: null,
      ends_at: null,
      started_at: new Date(now - 7 * 86_400_000).toISOString(),
      ended_at: new Date(now - 7 * 86_400_000 + 3_000_000).toISOString(),
      mentor: { id: 2, slug: 'mentor-2', user: user(1), status: 'ACTIVE' },
      service: { id: 1, slug: 'geekpal-1-1-mentorship', name: 'GeekPal 1-1 Coding Mentorship', duration: '3600.0' },
      online_meeting_url: null,
      agenda: null,
      summary: 'We found why the Flask routes returned 404: the blueprint was registered without its URL prefix.',
    },
  ];

  // Ana García's (mentor-1) sessions, as her token lists them: tomorrow's, yesterday's not closed yet,
  // one closed last week, and one nobody joined (BreatheCode's own to close).
  const grace = { id: 77, first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', profile: null };
  const ana = { id: 1, slug: 'mentor-1', user: user(0), status: 'ACTIVE' };
  const coding = services[0];
  const at = (days: number, hours = 0) => new Date(now + days * 86_400_000 + hours * 3_600_000).toISOString();
  const mentorSessions: Array<Record<string, unknown>> = [
    { id: 601, status: 'PENDING', starts_at: at(1), ends_at: at(1, 1), mentee: grace, agenda: 'Flask blueprints', summary: '' },
    { id: 602, status: 'PENDING', starts_at: at(-1), ends_at: at(-1, 1), mentee: grace, agenda: 'Deploying to Render', summary: '' },
    {
      id: 603,
      status: 'COMPLETED',
      starts_at: at(-8),
      ends_at: at(-8, 1),
      mentee: grace,
      agenda: 'Flask routes',
      summary: 'The blueprint was registered without its URL prefix.',
    },
    { id: 604, status: 'PENDING', starts_at: at(-3), ends_at: at(-3, 1), mentee: null, agenda: null, summary: '' },
  ].map(session => ({
    ...session,
    mentor: ana,
    service: coding,
    online_meeting_url: 'https://meet.example.com/ana',
    started_at: null,
    ended_at: null,
  }));

  const refuse = (status: number, detail: string) => HttpResponse.json({ detail, status_code: status }, { status });

  /** Checks the headers the real API checks; `null` when the request may go on. */
  function gate(request: Request, academyScoped: boolean): Response | null {
    requests.push(request.clone());
    const sent = request.headers.get('Authorization');
    if (sent !== `Token ${token}` && sent !== `Token ${mentorToken}`) return refuse(401, 'Invalid token.');
    if (academyScoped && request.headers.get('Academy') !== academy) {
      return refuse(403, "Missing academy_id parameter expected for the endpoint url or 'Academy' header");
    }
    return null;
  }

  /** The real API's two list shapes, chosen by whether the request pages. */
  function list<T>(request: Request, items: T[]): Response {
    const url = new URL(request.url);
    const limit = url.searchParams.get('limit');
    const offset = url.searchParams.get('offset');
    if (limit === null || offset === null) return HttpResponse.json(items.slice(0, MAX_PAGE));
    const start = Number(offset);
    const size = Math.min(Number(limit), MAX_PAGE);
    const next = start + size < items.length ? `${url.origin}${url.pathname}?limit=${size}&offset=${start + size}` : null;
    const previous = start > 0 ? `${url.origin}${url.pathname}?limit=${size}&offset=${Math.max(0, start - size)}` : null;
    return HttpResponse.json({ count: items.length, next, previous, results: items.slice(start, start + size) });
  }

  const handlers: HttpHandler[] = [
    // Pictures served here too, so the story shows real pictures offline, and no request goes to a dead host.
    http.get('https://avatars.example.com/:file', ({ params }) => {
      const index = Number.parseInt(String(params.file), 10) || 0;
      const hue = (index * 47) % 360;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="hsl(${hue} 55% 45%)"/><circle cx="32" cy="25" r="12" fill="hsl(${hue} 60% 85%)"/><ellipse cx="32" cy="58" rx="22" ry="16" fill="hsl(${hue} 60% 85%)"/></svg>`;
      return new HttpResponse(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
    }),
    http.get(`${host}/v1/mentorship/academy/service`, ({ request }) => {
      const status = new URL(request.url).searchParams.get('status');
      return (
        gate(request, true) ??
        list(
          request,
          services.filter(service => !status || service.status === status),
        )
      );
    }),
    http.get(`${host}/v1/mentorship/academy/mentor`, ({ request }) => {
      const wanted = new URL(request.url).searchParams.get('services')?.split(',');
      const matching = mentors.filter(mentor => !wanted || mentor.services.some(service => wanted.includes(service.slug)));
      return gate(request, true) ?? list(request, matching);
    }),
    http.get(`${host}/v2/payments/me/service/consumable`, ({ request }) => gate(request, false) ?? HttpResponse.json(consumables())),
    http.get(`${host}/v2/payments/mentorshipserviceset/:id`, ({ request, params }) => {
      const slugs = serviceSets[Number(params.id)];
      if (!slugs) return gate(request, false) ?? refuse(404, 'Mentorship service set not found');
      return (
        gate(request, false) ??
        HttpResponse.json({ id: Number(params.id), slug: `set-${String(params.id)}`, mentorship_services: slugs.map(slug => ({ slug })) })
      );
    }),
    http.get(
      `${host}/v1/mentorship/user/me/session`,
      ({ request }) =>
        gate(request, false) ?? list(request, request.headers.get('Authorization') === `Token ${mentorToken}` ? mentorSessions : sessions),
    ),
    // The close form: a mentor's role has crud_mentorship_session in the academy; a student's does not.
    http.put(`${host}/v1/mentorship/academy/session/:id`, async ({ request, params }) => {
      const refused = gate(request, true);
      if (refused) return refused;
      if (request.headers.get('Authorization') !== `Token ${mentorToken}`) {
        return refuse(403, `You (user: 1) don't have this capability: crud_mentorship_session for academy ${academy}`);
      }
      const session = mentorSessions.find(candidate => String(candidate.id) === params.id);
      if (!session) return refuse(404, 'This session does not exist on this academy');
      const body = (await request.json()) as { status?: string; summary?: string };
      if (body.status && !['PENDING', 'STARTED', 'COMPLETED', 'FAILED', 'IGNORED', 'CANCELED'].includes(body.status)) {
        return HttpResponse.json({ status: [`"${body.status}" is not a valid choice.`] }, { status: 400 });
      }
      Object.assign(session, body);
      return HttpResponse.json({ ...session, mentor: 1, mentee: 77, service: 1 });
    }),
  ];

  return { host, token, mentorToken, handlers, requests, mentors, services, mentorSessions };
}
