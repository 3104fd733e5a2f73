import { html } from 'lit';
import { createDemoDataset, createMemoryClient, MemoryStore } from '../../src/index.js';
import type { Story } from './story.js';

const DAY = 86_400_000;

/**
 * The demo student ten days before their programme ends, in a store of its own: the intake done, their
 * sessions checked in, one goal achieved. The journey proposes closing; the closing form starts from
 * the goal achieved, and the summary prints or downloads.
 */
function storeNearTheEnd(): MemoryStore {
  const now = new Date();
  const dataset = createDemoDataset(now);
  const program = dataset.students[0].program!;
  program.startsAt = new Date(now.getTime() - 80 * DAY).toISOString();
  program.endsAt = new Date(now.getTime() + 10 * DAY).toISOString();
  const store = new MemoryStore({ dataset });
  store.saveProfile('demo-student', {
    profile: {
      goals: 'Land my first job as a full-stack developer',
      skills: ['React', 'Node.js'],
      level: 'beginner',
      languages: ['en', 'es'],
      times: { weekdays: [1, 3], parts: ['evening'] },
      timezone: 'America/Bogota',
    },
  });
  for (const session of store.listSessions('demo-student', { status: 'past' })) {
    if (session.status === 'completed' && !session.feedback)
      store.submitCheckIn('demo-student', { session: session.id, rating: 5, fit: 'good' });
  }
  const [goal] = store.listGoals('demo-student');
  store.saveGoal('demo-student', { goal: { ...goal, status: 'achieved' } });
  return store;
}

export const journeyStory: Story = {
  id: 'journey',
  group: 'Pages',
  title: 'Programme journey',
  render: () => {
    const client = createMemoryClient({ store: storeNearTheEnd(), latencyMs: 250 });
    return html`<section class="lms-card story">
      <h2>Programme journey</h2>
      <p>
        Ten days before the programme ends: every stage so far is done, and the next step is closing it. The form starts from the
        goal achieved; closed, the summary prints as a clean page or downloads as text.
      </p>
      <mentorship-provider .client=${client} locale="en" time-zone="America/Bogota">
        <div class="lms">
          <mentorship-journey support-email="support@4geeks.com"></mentorship-journey>
          <aside class="lms-sidebar" aria-label="Mentoring">
            <mentorship-credits support-email="support@4geeks.com" purchase-url="https://4geeks.com/checkout"></mentorship-credits>
          </aside>
        </div>
      </mentorship-provider>
    </section>`;
  },
};
