/** The card on real backends' APIs, answered in their own shapes by the demo's mocks. */
import { html } from 'lit';
import { composeClients, createBreatheCodeClient, createCalComClient, createMemoryClient, MemoryStore } from '../../src/index.js';
import { createBreatheCodeMock } from '../mocks/breathecode.js';
import { createCalComMock } from '../mocks/calcom.js';
import type { Story } from './story.js';

const breathecode = createBreatheCodeMock({ now: new Date() });
const calcomStore = new MemoryStore();
// Ana García's key is the proxy's on the mentor's page: a student who books in the story above appears on her desk.
const calcom = createCalComMock({ store: calcomStore, host: 'ana-garcia' });
const { mentor: _mentor, ...studentOptions } = calcom.clientOptions;

/** What the mocks need the demo's MSW worker to serve. */
export const adapterHandlers = [...breathecode.handlers, ...calcom.handlers];

const card = () =>
  html`<mentor-schedule-card purchase-url="https://4geeks.com/checkout" learn-more-url="https://4geeks.com/lesson/mentoring-sessions"></mentor-schedule-card>`;

export const adapterStories: Story[] = [
  {
    id: 'adapters/breathecode',
    group: 'Backends',
    title: '4Geeks (BreatheCode)',
    render: () => html`<section class="lms-card story">
      <h2>The card on the BreatheCode API</h2>
      <p>No student availability there: the time step opens the mentor's booking page.</p>
      <div class="frame" style="max-width: 400px">
        <mentorship-provider
          .client=${createBreatheCodeClient({ host: breathecode.host, token: breathecode.token, academy: 4, userId: 77 })}
          time-zone="America/Bogota"
          >${card()}</mentorship-provider
        >
      </div>
    </section>`,
  },
  {
    id: 'adapters/breathecode-mentor',
    group: 'Backends',
    title: '4Geeks: the mentor’s side',
    render: () => html`<section class="lms-card story">
      <h2>Ana García’s sessions on the BreatheCode API</h2>
      <p>
        Her sessions with each student and 4Geeks’ close form after each: a status and a summary. BreatheCode keeps no next steps or
        feedback, so neither is asked for.
      </p>
      <div class="frame" style="max-width: 400px">
        <mentorship-provider
          .client=${createBreatheCodeClient({ host: breathecode.host, token: breathecode.mentorToken, academy: 4, mentor: 'mentor-1' })}
          time-zone="Europe/Madrid"
          ><mentor-desk></mentor-desk
        ></mentorship-provider>
      </div>
    </section>`,
  },
  {
    id: 'adapters/calcom',
    group: 'Backends',
    title: 'Cal.com API v2',
    render: () => html`<section class="lms-card story">
      <h2>The card on Cal.com, credits from the LMS</h2>
      <p>Free times, holds and bookings from Cal.com; credits from the LMS's own client, via <code>composeClients</code>.</p>
      <div class="frame" style="max-width: 400px">
        <mentorship-provider
          .client=${composeClients({
            scheduling: createCalComClient({ ...studentOptions, attendee: { name: 'Demo Student', email: 'student@example.com' } }),
            credits: createMemoryClient({ store: calcomStore, student: 'student-unlimited' }),
          })}
          time-zone="America/Bogota"
          >${card()}</mentorship-provider
        >
      </div>
    </section>`,
  },
  {
    id: 'adapters/calcom-mentor',
    group: 'Backends',
    title: 'Cal.com: the mentor’s side',
    render: () => html`<section class="lms-card story">
      <h2>Ana García’s desk and hours on Cal.com</h2>
      <p>
        Her bookings as host, who attended (Cal.com’s <code>mark-absent</code>) and her default availability schedule. Cal.com keeps
        no summary and no note with a day off, so neither is asked for. Book a time in the story above: it shows here.
      </p>
      <mentorship-provider .client=${createCalComClient({ ...calcom.clientOptions })} time-zone="Europe/Madrid">
        <div class="frame" style="max-width: 400px"><mentor-desk></mentor-desk></div>
        <div class="frame" style="max-width: 400px"><mentor-availability mentor="ana-garcia"></mentor-availability></div>
      </mentorship-provider>
    </section>`,
  },
];
