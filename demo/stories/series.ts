import { html } from 'lit';
import { createMemoryClient, MemoryStore } from '../../src/index.js';
import { addDays, dayKeyOf } from '../../src/utils/days.js';
import { wallTimeToInstant } from '../../src/utils/zoned-time.js';
import type { Story } from './story.js';

const CODING = 'geekpal-coding-mentorship';

/**
 * A student with a weekly series already booked with Ana (Wednesdays, 17:00 in Madrid), in a store of
 * its own so the other stories are unchanged: the sessions list groups it, and the card (at Ana's
 * times) offers "Repeat" to book another.
 */
function storeWithSeries(): MemoryStore {
  const store = new MemoryStore({ changeNoticeHours: 24 });
  const today = dayKeyOf(new Date(), 'Europe/Madrid');
  // The first Wednesday at least two days away.
  let day = addDays(today, 2);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 3) day = addDays(day, 1);
  const preview = store.previewSeries('demo-student', {
    mentor: 'ana-garcia',
    service: CODING,
    startsAt: wallTimeToInstant(day, '17:00', 'Europe/Madrid').toISOString(),
    every: 'week',
    // Two: the student keeps credits this month, so the card can show "Repeat" (with 4, every
    // December credit went to the series and the card opened at "No sessions left").
    count: 2,
  });
  const occurrences = preview.occurrences.flatMap(occurrence =>
    occurrence.status === 'free' ? [occurrence.startsAt] : occurrence.alternative ? [occurrence.alternative.startsAt] : [],
  );
  // Paid from the demo student's 4 credits a month.
  store.bookSeries('demo-student', {
    mentor: 'ana-garcia',
    service: CODING,
    occurrences,
    timezone: 'America/Bogota',
    agenda: 'Weekly check on my final project',
    idempotencyKey: 'demo-series',
  });
  return store;
}

export const seriesStory: Story = {
  id: 'series',
  group: 'Pages',
  title: 'Regular meetings',
  render: () => {
    const client = createMemoryClient({ store: storeWithSeries(), latencyMs: 250 });
    return html`<section class="lms-card story">
      <h2>Regular meetings</h2>
      <p>
        Choose one of Ana's times, then "Repeat" on the confirm step: every date is checked before anything is booked, with what it
        costs. Below, a weekly series already booked, grouped in the sessions list.
      </p>
      <mentorship-provider .client=${client} locale="en" time-zone="America/Bogota">
        <div class="lms">
          <div>
            <h3>Your mentoring sessions</h3>
            <mentorship-sessions></mentorship-sessions>
          </div>
          <aside class="lms-sidebar" aria-label="Mentoring">
            <mentor-schedule-card open service=${CODING} mentor="ana-garcia"></mentor-schedule-card>
          </aside>
        </div>
      </mentorship-provider>
    </section>`;
  },
};
