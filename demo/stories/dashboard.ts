import { html } from 'lit';
import { settingsToolbar } from './page-settings.js';
import type { Story } from './story.js';

/** A learning platform's program dashboard: the page our widgets are dropped into. */
export const dashboard: Story = {
  id: 'dashboard',
  group: 'Pages',
  title: 'LMS dashboard',
  render: () => html`
    ${settingsToolbar()}
    <mentorship-provider api-base="/api" locale="en" time-zone="America/Bogota">
      <div class="lms">
        <section class="lms-card" aria-labelledby="program-title">
          <h2 id="program-title">Full-Stack Software Developer</h2>
          <p>Module 7 of 12 · Building APIs with Python and Flask</p>
          <div class="progress" role="progressbar" aria-label="Program progress" aria-valuenow="58" aria-valuemin="0" aria-valuemax="100">
            <div style="width: 58%"></div>
          </div>
          <h3>This week</h3>
          <ul>
            <li>Read: REST API design</li>
            <li>Project: Star Wars blog API</li>
            <li>Quiz: HTTP methods and status codes</li>
          </ul>
          <mentorship-journey support-email="support@4geeks.com"></mentorship-journey>
          <h3>Your mentoring sessions</h3>
          <mentorship-sessions booking-url="#dashboard"></mentorship-sessions>
          <mentorship-goals></mentorship-goals>
          <mentorship-intake></mentorship-intake>
        </section>
        <aside class="lms-sidebar" aria-label="Mentoring">
          <mentor-schedule-card
            learn-more-url="https://4geeks.com/lesson/mentoring-sessions"
            purchase-url="https://4geeks.com/checkout"
            support-email="support@4geeks.com"
          ></mentor-schedule-card>
        </aside>
      </div>
    </mentorship-provider>
  `,
};
