/**
 * The demo data set: deterministic for a given "now", realistic enough to exercise every state.
 * Mentors' weekly hours are wall-clock times in their own zone, so DST moves them for everyone else.
 */
import type {
  CreditBucket,
  Goal,
  MenteeProfile,
  Mentor,
  MentorshipProgram,
  WeeklyHours,
  MentorshipService,
  SessionCheckIn,
  SessionFeedback,
  TimeOff,
} from '../types.js';

/** A recurring window of free time, in the mentor's zone. */
export type WeeklyWindow = WeeklyHours;

export interface MemoryMentor extends Mentor {
  weeklyHours: WeeklyWindow[];
  /** Days off, in the mentor's zone. Default: none. */
  timeOff?: TimeOff[];
  /** Minutes of notice a booking needs. Default 0. */
  noticeMinutes?: number;
  /** Minutes kept free either side of a session. Default 0. */
  bufferMinutes?: number;
}

/** A credit bucket as the store keeps it: a renewing one may say how many sessions each period brings. */
export interface MemoryCreditBucket extends CreditBucket {
  /** Sessions each renewal brings (a monthly plan's 4); without it, nothing can be paid ahead. */
  renewsTo?: number;
}

export interface MemoryStudent {
  id: string;
  /** The name mentors see. Default: the id. */
  name?: string;
  /** An `http(s):` URL. Default: none. */
  avatarUrl?: string | null;
  credits: MemoryCreditBucket[];
  /** The student's programme (its sessions held are counted from their sessions). */
  program?: Omit<MentorshipProgram, 'sessionsDone' | 'closed'>;
}

/**
 * A session the data set starts with. `hoursFromNow < 0` places it in the past at that hour;
 * otherwise it takes the mentor's first free time at least that many hours ahead.
 */
export interface SeedBooking {
  student: string;
  mentor: string;
  service: string;
  hoursFromNow: number;
  agenda: string;
  /** The student's rating, for a past session they already rated. */
  feedback?: SessionFeedback;
  /** The student's check-in, for a past session they checked in on (give `feedback` with it). */
  checkIn?: SessionCheckIn;
  /** The id of the student's goal the session was booked for. */
  goal?: string;
  /** For a past session: the mentor's summary and action items. */
  summary?: string;
  actionItems?: string[];
}

/** A goal the data set starts with; its target date is `targetDaysFromNow` days after today (UTC). */
export interface SeedGoal {
  student: string;
  id: string;
  title: string;
  why: string;
  successCriteria: string;
  targetDaysFromNow: number;
  /** The action plan: each step's title and whether it is done. */
  steps: Array<[title: string, done: boolean]>;
  progress: number;
  status: Goal['status'];
  shared: boolean;
}

/** A group session the data set starts with, on the mentor's calendar `daysFromNow` days ahead. */
export interface SeedGroupSession {
  id: string;
  /** A service of kind `group` that the mentor gives. */
  service: string;
  mentor: string;
  title: string;
  daysFromNow: number;
  /** `HH:MM`, wall clock in the mentor's zone. */
  time: string;
  seats: number;
  /** Seats other students (outside the data set) already hold. */
  taken: number;
}

export interface MemoryDataset {
  services: MentorshipService[];
  mentors: MemoryMentor[];
  students: MemoryStudent[];
  bookings: SeedBooking[];
  /** Scheduled sessions of `group` services. Default: none. */
  groupSessions?: SeedGroupSession[];
  /** Students' goals. Default: none. */
  goals?: SeedGoal[];
  /** Students' intakes, by student id. Default: none. */
  profiles?: Record<string, Omit<MenteeProfile, 'updatedAt'>>;
}

/** The student a backend without credentials treats requests as (the demo's signed-in student). */
export const DEMO_STUDENT = 'demo-student';

/** The mentor the demo's mentor pages sign in as (a mentor's token is their slug). */
export const DEMO_MENTOR = 'ana-garcia';

/** Ana García's mentee with the most context: an intake, a shared goal and a private one, a check-in. */
const MENTEE = 'student-3';

const CODING = 'geekpal-coding-mentorship';
const CAREER = 'career-guidance';
const GROUP = 'group-code-review';
const DATA_SCIENCE = 'data-science-mentorship';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]): WeeklyWindow[] => days.map(weekday => ({ weekday, start, end }));

type MentorSeed = Omit<MemoryMentor, 'avatarUrl' | 'bio'> & { bio?: string };

const MENTORS: MentorSeed[] = [
  {
    slug: 'ana-garcia',
    name: 'Ana García',
    headline: 'Senior front-end engineer · React and accessibility',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    skills: ['React', 'JavaScript', 'CSS', 'Accessibility'],
    rating: 4.9,
    services: [CODING, CAREER],
    weeklyHours: weekdays('16:00', '20:00'),
  },
  {
    slug: 'carlos-mendoza',
    name: 'Carlos Mendoza',
    headline: 'Back-end developer · Python and Django',
    timezone: 'America/Caracas',
    languages: ['es'],
    skills: ['Python', 'Django', 'SQL'],
    rating: 4.7,
    services: [CODING],
    weeklyHours: [...weekdays('09:00', '12:00'), ...weekdays('14:00', '17:00', [2, 4])],
  },
  {
    slug: 'valentina-rojas',
    name: 'Valentina Rojas',
    headline: 'Full-stack developer · Node.js and PostgreSQL',
    timezone: 'America/Bogota',
    languages: ['es', 'en'],
    skills: ['Node.js', 'Express', 'PostgreSQL', 'JavaScript'],
    rating: 4.8,
    services: [CODING, GROUP],
    weeklyHours: weekdays('08:00', '11:00', [1, 2, 3, 4, 5, 6]),
  },
  {
    slug: 'james-carter',
    name: 'James Carter',
    headline: 'Tech recruiter turned career coach',
    timezone: 'America/New_York',
    languages: ['en'],
    skills: ['Career coaching', 'Interviews', 'Resumes'],
    rating: 4.6,
    services: [CAREER],
    weeklyHours: weekdays('10:00', '15:00', [1, 3, 5]),
  },
  {
    slug: 'priya-sharma',
    name: 'Priya Sharma',
    headline: 'Data scientist · machine learning in production',
    timezone: 'Asia/Kolkata',
    languages: ['en'],
    skills: ['Machine learning', 'Python', 'Pandas'],
    rating: 4.9,
    services: [CODING],
    weeklyHours: weekdays('18:30', '22:30'),
  },
  {
    slug: 'diego-fernandez',
    name: 'Diego Fernández',
    headline: 'Front-end developer · TypeScript and Next.js',
    timezone: 'America/Mexico_City',
    languages: ['es', 'en'],
    skills: ['React', 'TypeScript', 'Next.js'],
    rating: null,
    services: [CODING],
    weeklyHours: weekdays('17:00', '21:00', [1, 2, 3, 4]),
  },
  {
    slug: 'lucia-martin',
    name: 'Lucía Martín',
    headline: 'Career coach · LinkedIn and interviews',
    timezone: 'Europe/Madrid',
    languages: ['es'],
    skills: ['Career coaching', 'LinkedIn', 'Interviews'],
    rating: 4.5,
    services: [CAREER],
    weeklyHours: weekdays('10:00', '13:00'),
  },
  {
    slug: 'michael-obrien',
    name: "Michael O'Brien",
    headline: 'Staff engineer · Java and system design',
    timezone: 'Europe/London',
    languages: ['en'],
    skills: ['Java', 'Spring', 'System design'],
    rating: 4.4,
    services: [CODING],
    weeklyHours: weekdays('18:00', '21:00', [2, 3, 4]),
  },
  {
    slug: 'sofia-alvarez',
    name: 'Sofía Álvarez',
    headline: 'Product designer · UX for developers',
    timezone: 'America/Santiago',
    languages: ['es'],
    skills: ['UX', 'Figma', 'HTML', 'CSS'],
    rating: 4.8,
    services: [CODING, CAREER],
    weeklyHours: weekdays('15:00', '19:00'),
  },
  {
    slug: 'rahul-verma',
    name: 'Rahul Verma',
    headline: 'Interview coach · data structures and algorithms',
    timezone: 'Asia/Kolkata',
    languages: ['en'],
    skills: ['Data structures', 'Algorithms', 'Interviews'],
    rating: 4.7,
    services: [CAREER, GROUP],
    weeklyHours: weekdays('20:00', '23:00', [1, 2, 3, 4, 5, 6]),
  },
  {
    slug: 'emily-nguyen',
    name: 'Emily Nguyen',
    headline: 'Mobile developer · React Native',
    timezone: 'America/Los_Angeles',
    languages: ['en'],
    skills: ['React Native', 'Mobile', 'JavaScript'],
    rating: 4.6,
    services: [CODING],
    weeklyHours: weekdays('09:00', '12:00'),
  },
  {
    slug: 'andres-quintero',
    name: 'Andrés Quintero',
    headline: 'DevOps engineer · Docker and AWS',
    timezone: 'America/Bogota',
    languages: ['es', 'en'],
    skills: ['DevOps', 'Docker', 'AWS'],
    rating: 4.3,
    services: [CODING, GROUP],
    weeklyHours: weekdays('19:00', '21:00', [1, 3, 5, 6]),
  },
  {
    slug: 'camila-torres',
    name: 'Camila Torres',
    headline: 'Career coach · soft skills and first jobs',
    timezone: 'America/Caracas',
    languages: ['es'],
    skills: ['Career coaching', 'Soft skills'],
    rating: null,
    services: [CAREER],
    weeklyHours: weekdays('13:00', '16:00', [2, 4]),
  },
];

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };

/** Noon UTC on the 1st of next month: still the 1st on the calendar of nearly every zone. */
function firstOfNextMonth(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 12)).toISOString();
}

/** The demo data set as seen at `now`: credit renewals and seeded sessions are placed relative to it. */
export function createDemoDataset(now: Date): MemoryDataset {
  const renewsAt = firstOfNextMonth(now);
  const monthly = (id: string, services: string[], remaining: number): MemoryCreditBucket => ({
    id,
    name: 'Monthly mentorships',
    services,
    remaining,
    renewsAt,
    renewal: 'month',
    renewsTo: 4,
  });
  return {
    services: [
      {
        slug: CODING,
        name: 'GeekPal 1-1 Coding Mentorship',
        description: 'Pair with a senior developer on your code, your projects and whatever is blocking you.',
        durationMinutes: 60,
        kind: 'one_to_one',
      },
      {
        slug: CAREER,
        name: 'Career Guidance',
        description: 'Plan your job search, polish your CV and LinkedIn, and rehearse interviews.',
        durationMinutes: 30,
        kind: 'one_to_one',
      },
      {
        slug: GROUP,
        name: 'Group Code Review',
        description: 'Review your projects with a mentor and a few classmates.',
        durationMinutes: 60,
        kind: 'group',
      },
      {
        slug: DATA_SCIENCE,
        name: 'Data Science Mentorship',
        description: 'Notebooks, models and data pipelines, reviewed with a data scientist.',
        durationMinutes: 45,
        kind: 'one_to_one',
      },
    ],
    mentors: MENTORS.map(mentor => ({
      avatarUrl: null,
      bio: `${mentor.headline}. Mentors in ${mentor.languages.map(code => LANGUAGE_NAMES[code]).join(' and ')}.`,
      ...mentor,
    })),
    students: [
      {
        id: DEMO_STUDENT,
        name: 'Alex Rivera',
        program: {
          name: 'Full-Stack Developer · Mentoring programme',
          startsAt: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
          endsAt: new Date(now.getTime() + 60 * 86_400_000).toISOString(),
          sessionsPlanned: 8,
          guidelinesUrl: 'https://4geeks.com/lesson/mentoring-sessions',
          resources: [
            { title: 'How mentoring works at 4Geeks', url: 'https://4geeks.com/lesson/mentoring-sessions' },
            { title: 'Preparing for a mentoring session', url: 'https://4geeks.com/lesson/how-to-prepare-mentoring' },
          ],
          manager: { name: 'Laura Gómez', email: 'laura.gomez@4geeks.example' },
        },
        credits: [
          monthly('monthly-coding', [CODING], 4),
          {
            id: 'career-unlimited',
            name: 'Career services',
            services: [CAREER],
            remaining: null,
            renewsAt: null,
            renewal: null,
          },
          { id: 'group-pack', name: 'Group sessions pack', services: [GROUP], remaining: 0, renewsAt: null, renewal: null },
        ],
      },
      {
        id: 'student-unlimited',
        name: 'Jordan Lee',
        credits: [
          {
            id: 'bootcamp-unlimited',
            name: 'Bootcamp mentorships',
            services: [CODING, CAREER, GROUP, DATA_SCIENCE],
            remaining: null,
            renewsAt: null,
            renewal: null,
          },
        ],
      },
      { id: 'student-out-of-credits', name: 'Chris Park', credits: [monthly('monthly-empty', [CODING, CAREER], 0)] },
      { id: 'student-2', name: 'Sofía Herrera', credits: [monthly('monthly-student-2', [CODING, CAREER, GROUP], 4)] },
      // Ana García's mentee on the mentor's desk: an intake, a shared goal and a private one, a check-in.
      {
        id: MENTEE,
        name: 'Maya Chen',
        program: {
          name: 'Front-End Developer · Mentoring programme',
          startsAt: new Date(now.getTime() - 20 * 86_400_000).toISOString(),
          endsAt: new Date(now.getTime() + 70 * 86_400_000).toISOString(),
          sessionsPlanned: 8,
          guidelinesUrl: null,
          resources: [],
        },
        credits: [monthly('monthly-student-3', [CODING, CAREER], 3)],
      },
    ],
    profiles: {
      [MENTEE]: {
        goals: 'Land my first front-end job by spring, with a portfolio I am proud of.',
        skills: ['React', 'Testing', 'Accessibility'],
        level: 'intermediate',
        languages: ['en', 'es'],
        times: { weekdays: [2, 4], parts: ['evening'] },
        timezone: 'America/Mexico_City',
      },
    },
    bookings: [
      {
        student: DEMO_STUDENT,
        mentor: 'ana-garcia',
        service: CODING,
        hoursFromNow: -24 * 7,
        agenda: 'Review my React to-do list project',
        goal: 'goal-final-project',
        summary:
          'We walked through the component tree and how state flows through it. The list works; the next step is moving its state into a context so the filters stop duplicating it, then covering adding and completing a to-do with tests.',
        actionItems: ['Move the to-do list state into a React context', 'Write tests for adding and completing a to-do'],
      },
      {
        student: DEMO_STUDENT,
        mentor: 'james-carter',
        service: CAREER,
        hoursFromNow: -24 * 20,
        agenda: 'Polish my CV for junior developer roles',
        feedback: { rating: 5, comment: 'Clear, practical advice.' },
        goal: 'goal-first-interview',
        summary: 'We cut the CV to one page and led with the two bootcamp projects, each with a live link and what you built yourself.',
        actionItems: ['Add a live link and a one-line result to each project', 'Ask a classmate to proofread the CV'],
      },
      {
        student: DEMO_STUDENT,
        mentor: 'valentina-rojas',
        service: CODING,
        hoursFromNow: 48,
        agenda: 'Help me design the database for my final project',
        goal: 'goal-final-project',
      },
      { student: 'student-2', mentor: 'ana-garcia', service: CODING, hoursFromNow: 20, agenda: 'Hooks and state' },
      {
        student: MENTEE,
        mentor: 'ana-garcia',
        service: CODING,
        hoursFromNow: -24 * 6,
        agenda: 'How do I test my React components?',
        goal: 'goal-portfolio',
        feedback: { rating: 5, comment: 'The testing tips were exactly what I needed.' },
        checkIn: { rating: 5, comment: 'The testing tips were exactly what I needed.', fit: 'good' },
        summary: 'We set up Testing Library and wrote the first tests for the to-do app: render, type, assert on what the user sees.',
        actionItems: ['Cover adding and completing a to-do', 'Add a test for the empty state'],
      },
      // Ended yesterday, not reported yet: the desk opens its report form. Its goal is private.
      {
        student: MENTEE,
        mentor: 'ana-garcia',
        service: CAREER,
        hoursFromNow: -26,
        agenda: 'Practise the salary conversation for my first offer',
        goal: 'goal-salary',
      },
      {
        student: MENTEE,
        mentor: 'ana-garcia',
        service: CODING,
        // Past the two weeks the student's agenda and its tests look at: no free time of theirs moves.
        hoursFromNow: 24 * 15,
        agenda: 'Review the README and tests of my portfolio',
        goal: 'goal-portfolio',
      },
      { student: 'student-2', mentor: 'carlos-mendoza', service: CODING, hoursFromNow: 20, agenda: 'Django models' },
    ],
    goals: [
      {
        student: DEMO_STUDENT,
        id: 'goal-final-project',
        title: 'Ship my final project: a full-stack to-do app',
        why: 'It is the project I will show in interviews for junior developer roles.',
        successCriteria: 'Deployed online with sign-in, its tests passing, and a README that explains how to run it.',
        targetDaysFromNow: 24,
        steps: [
          ['Design the database schema', true],
          ['Build the REST API with Express', true],
          ['Connect the React front end to the API', false],
          ['Deploy it and write the README', false],
        ],
        progress: 50,
        status: 'active',
        shared: true,
      },
      {
        student: DEMO_STUDENT,
        id: 'goal-first-interview',
        title: 'Get my first interview for a junior developer role',
        why: 'I want to be working as a developer within three months of graduating.',
        successCriteria: 'At least one technical interview scheduled with a company I applied to.',
        targetDaysFromNow: 45,
        steps: [
          ['Rewrite my CV around my projects', true],
          ['Update my LinkedIn profile', false],
          ['Apply to ten companies', false],
        ],
        progress: 33,
        status: 'active',
        shared: true,
      },
      {
        student: MENTEE,
        id: 'goal-portfolio',
        title: 'Publish a portfolio with three React projects',
        why: 'Recruiters ask for projects they can open and read.',
        successCriteria: 'Three projects online, each with tests and a README, linked from my CV.',
        targetDaysFromNow: 40,
        steps: [
          ['Pick the three projects', true],
          ['Write tests for the to-do app', false],
          ['Deploy all three and link them from my CV', false],
        ],
        progress: 33,
        status: 'active',
        shared: true,
      },
      {
        student: MENTEE,
        id: 'goal-salary',
        title: 'Negotiate my first salary',
        why: 'I do not want to accept the first number.',
        successCriteria: 'An offer I counter once, with a range I researched.',
        targetDaysFromNow: 60,
        steps: [],
        progress: 0,
        status: 'active',
        shared: false,
      },
    ],
    groupSessions: [
      {
        id: 'grp-rest-apis',
        service: GROUP,
        mentor: 'valentina-rojas',
        title: 'REST APIs with Express',
        daysFromNow: 1,
        time: '17:00',
        seats: 6,
        taken: 2,
      },
      {
        id: 'grp-docker',
        service: GROUP,
        mentor: 'andres-quintero',
        title: 'Dockerize your final project',
        daysFromNow: 2,
        time: '17:00',
        seats: 5,
        taken: 5,
      },
      {
        id: 'grp-interviews',
        service: GROUP,
        mentor: 'rahul-verma',
        title: 'Mock technical interviews',
        daysFromNow: 3,
        time: '18:00',
        seats: 8,
        taken: 3,
      },
      {
        id: 'grp-sql',
        service: GROUP,
        mentor: 'valentina-rojas',
        title: 'SQL queries clinic',
        daysFromNow: 6,
        time: '17:00',
        seats: 6,
        taken: 0,
      },
    ],
  };
}
