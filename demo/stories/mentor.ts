/**
 * The mentor's side: a mentor's page, and <mentor-desk> and <mentor-availability> in each state. The mentor is Ana García, signed
 * in with her own token (the demo backend's mentor tokens are their slugs), on the demo's one store: a
 * session the student books with Ana in the student's stories appears on her desk, and her report
 * under the student's session.
 */
import { html, nothing } from 'lit';
import { createDemoDataset, createHttpClient, createMemoryClient, type MemoryStore, type MentorshipClient } from '../../src/index.js';
import './story-panel.js';
import type { Story } from './story.js';
import { providerStyle } from './tag-stories.js';

const MENTOR_TOKEN = 'ana-garcia';
const asAna = (baseUrl = '/api') => createHttpClient({ baseUrl, getToken: () => MENTOR_TOKEN });

export const mentorPage: Story = {
  id: 'mentor-desk-page',
  group: 'Pages',
  title: 'Mentor’s desk',
  render: () => html`<mentorship-provider .client=${asAna()} locale="en" time-zone="Europe/Madrid">
    <div class="lms">
      <section class="lms-card" aria-labelledby="desk-title">
        <h2 id="desk-title">Ana García · Mentor</h2>
        <p>
          Your sessions, in your time (Madrid) with each student’s beside it. Open a session to see what the student wrote, the goal
          it is for and their last check-in; after it, write the report they will read under it. Beside it, your weekly hours and
          days off: what students can book.
        </p>
        <mentor-desk></mentor-desk>
      </section>
      <aside class="lms-sidebar" aria-label="Your hours">
        <mentor-availability mentor="ana-garcia"></mentor-availability>
      </aside>
    </div>
  </mentorship-provider>`,
};

interface DeskSetting {
  client: () => MentorshipClient;
  locale?: string;
  width?: number;
  theme?: 'dark';
}

/** Each mentor's tag, as a story's template. */
const TAGS = {
  'mentor-desk': () => html`<mentor-desk></mentor-desk>`,
  'mentor-availability': () => html`<mentor-availability mentor="ana-garcia"></mentor-availability>`,
} as const;

export function mentorStories(store: MemoryStore): Story[] {
  const empty = () => {
    const dataset = createDemoDataset(new Date());
    dataset.bookings = [];
    return createMemoryClient({ dataset, mentor: MENTOR_TOKEN, latencyMs: 250 });
  };
  const settings: Array<[id: string, title: string, setting: DeskSetting]> = [
    ['default', 'Default', { client: () => asAna() }],
    ['loading', 'Loading', { client: () => createMemoryClient({ store, mentor: MENTOR_TOKEN, latencyMs: 10 * 60_000 }) }],
    ['empty', 'Empty', { client: empty }],
    ['error', 'Backend down', { client: () => asAna('/broken-api') }],
    // Signed in as a student: the backend's own words (403), not a blank desk.
    ['not-a-mentor', 'Not a mentor', { client: () => createHttpClient({ baseUrl: '/api' }) }],
    ['slow', 'Slow network (3 s)', { client: () => asAna('/slow-api') }],
    ['spanish', 'Spanish', { client: () => asAna(), locale: 'es' }],
    ['dark', 'Dark', { client: () => asAna(), theme: 'dark' }],
    ['narrow', 'Narrow (320 px)', { client: () => asAna(), width: 320 }],
  ];
  return Object.entries(TAGS).flatMap(([tag, template]) =>
    settings.map(([id, title, { client, locale = 'en', width, theme }]) => ({
      id: `${tag}/${id}`,
      group: `<${tag}>`,
      title,
      render: () => html`<section class="lms-card story">
        <h2><code>&lt;${tag}&gt;</code> · ${title}</h2>
        <story-panel tag=${tag}>
          <mentorship-provider
            style=${providerStyle({ width, theme }) || nothing}
            .client=${client()}
            locale=${locale}
            time-zone="Europe/Madrid"
          >
            ${template()}
          </mentorship-provider>
        </story-panel>
      </section>`,
    })),
  );
}
