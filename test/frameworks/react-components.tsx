/**
 * The React components (mentorship-widgets/react) as an app mounts them, bundled by the test runner
 * twice: with React 19 (the project's) and with React 18 (`/__bundle__/react18/…`, see
 * scripts/bundle-on-request-plugin.mjs). React 18 sets no properties on custom elements and hears no
 * custom events: the components do both.
 */
import { useState, version } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { BookedDetail, MentorshipClient } from '../../src/index.js';
import { MentorScheduleCard, MentorshipProvider } from '../../src/frameworks/react.js';

export const reactVersion = version;

function Booking({ client, onBooked }: { client: MentorshipClient; onBooked: (detail: BookedDetail) => void }) {
  const [booked, setBooked] = useState<string | null>(null);
  return (
    <section>
      <MentorshipProvider client={client} locale="en" timeZone="America/Bogota">
        <MentorScheduleCard
          service="geekpal-coding-mentorship"
          mentor="ana-garcia"
          onMentorshipBooked={event => {
            setBooked(event.detail.session.startsAt);
            onBooked(event.detail);
          }}
        />
      </MentorshipProvider>
      {booked && (
        <p role="status">
          React {version} heard mentorship-booked: {booked}
        </p>
      )}
    </section>
  );
}

export function mountBooking(container: HTMLElement, client: MentorshipClient, onBooked: (detail: BookedDetail) => void): Root {
  const root = createRoot(container);
  root.render(<Booking client={client} onBooked={onBooked} />);
  return root;
}
