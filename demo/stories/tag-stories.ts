/**
 * Stories for each tag in each state a page meets: default, loading, empty, error, out of credits,
 * unlimited, Spanish and a narrow 280 px sidebar. Each runs on the demo's mock backend.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createDemoDataset, createMemoryClient, type MemoryStore, type MentorshipClient } from '../../src/index.js';
import './story-panel.js';
import type { Story } from './story.js';

const CODING = 'geekpal-coding-mentorship';
const PURCHASE = 'https://4geeks.com/checkout';
/** 4Geeks' help article: "check with our support team by sending an email to support@4geeks.com". */
const SUPPORT = 'support@4geeks.com';

/** What a story changes about the page around the tag. */
interface Setting {
  client?: () => MentorshipClient;
  apiBase?: string;
  locale?: string;
  width?: number;
  /** The tag's own situation (e.g. a service nobody gives, for "empty"). */
  empty?: boolean;
  theme?: 'dark';
}

type TagTemplate = (setting: Setting) => TemplateResult;

const tags: Record<string, TagTemplate> = {
  'mentor-schedule-card': () =>
    html`<mentor-schedule-card
      learn-more-url="https://4geeks.com/lesson/mentoring-sessions"
      purchase-url=${PURCHASE}
      support-email=${SUPPORT}
    ></mentor-schedule-card>`,
  'mentor-list': ({ empty }) => html`<mentor-list service=${empty ? 'data-science-mentorship' : CODING}></mentor-list>`,
  // Empty: Ana, whose hours the empty store cleared — no free time in the weeks shown.
  'mentor-agenda': () => html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`,
  'mentorship-credits': () =>
    html`<mentorship-credits
      purchase-url=${PURCHASE}
      subscriptions-url="https://4geeks.com/profile/subscriptions"
      support-email=${SUPPORT}
    ></mentorship-credits>`,
  'mentorship-sessions': () => html`<mentorship-sessions booking-url="#mentor-schedule-card/default"></mentorship-sessions>`,
  'mentorship-goals': () => html`<mentorship-goals></mentorship-goals>`,
  'mentorship-intake': () => html`<mentorship-intake></mentorship-intake>`,
  'mentorship-journey': () => html`<mentorship-journey support-email=${SUPPORT}></mentorship-journey>`,
};

/** A narrow frame, or the dark scheme, set where a page would set them: around the tag. */
export function providerStyle({ width, theme }: Pick<Setting, 'width' | 'theme'>): string {
  return [width ? `display: block; width: ${width}px` : '', theme ? `--mentorship-color-scheme: ${theme}` : ''].filter(Boolean).join('; ');
}

function settings(store: MemoryStore, tag: string): Array<[id: string, title: string, setting: Setting]> {
  // A programme with nothing in it yet: no credits, sessions, goals or intake; mentors without free
  // times (the agenda's empty state), and, but for the agenda's, no mentors (the card's, the list's).
  const emptyStore = (tag: string) => () => {
    const dataset = createDemoDataset(new Date());
    if (tag === 'mentor-agenda') for (const mentor of dataset.mentors) mentor.weeklyHours = [];
    else dataset.mentors = [];
    dataset.students[0].credits = [];
    dataset.bookings = [];
    dataset.goals = [];
    dataset.profiles = {};
    return createMemoryClient({ dataset, latencyMs: 250 });
  };
  return [
    ['default', 'Default', { apiBase: '/api' }],
    ['loading', 'Loading', { client: () => createMemoryClient({ store, latencyMs: 10 * 60_000 }) }],
    ['empty', 'Empty', { client: emptyStore(tag), empty: true }],
    ['error', 'Backend down', { apiBase: '/broken-api' }],
    [
      'out-of-credits',
      'Out of credits',
      { client: () => createMemoryClient({ store, student: 'student-out-of-credits', latencyMs: 250 }) },
    ],
    ['unlimited', 'Unlimited credits', { client: () => createMemoryClient({ store, student: 'student-unlimited', latencyMs: 250 }) }],
    ['slow', 'Slow network (3 s)', { apiBase: '/slow-api' }],
    ['spanish', 'Spanish', { apiBase: '/api', locale: 'es' }],
    ['dark', 'Dark', { apiBase: '/api', theme: 'dark' }],
    ['narrow', 'Narrow (280 px)', { apiBase: '/api', width: 280 }],
  ];
}

export function tagStories(store: MemoryStore): Story[] {
  return Object.entries(tags).flatMap(([tag, template]) =>
    settings(store, tag).map(([id, title, setting]) => ({
      id: `${tag}/${id}`,
      group: `<${tag}>`,
      title,
      render: () => html`<section class="lms-card story">
        <h2><code>&lt;${tag}&gt;</code> · ${title}</h2>
        <story-panel tag=${tag}>
          <mentorship-provider
            style=${providerStyle(setting) || nothing}
            .client=${setting.client?.()}
            api-base=${setting.apiBase ?? nothing}
            locale=${setting.locale ?? 'en'}
            time-zone="America/Bogota"
          >
            ${template(setting)}
          </mentorship-provider>
        </story-panel>
      </section>`,
    })),
  );
}
