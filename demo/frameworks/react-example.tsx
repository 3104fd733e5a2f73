import type {} from '../../src/frameworks/react.js';
/**
 * React 19: the tags are used like any element. Object props (`client`) are set as properties,
 * `onmentorship-booked` listens to the typed event. (Types for the tags: mentorship-widgets/react.)
 */
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js'; // in an app: import 'mentorship-widgets';
import type { BookedDetail, MentorshipClient } from '../../src/index.js';

export interface ReactBookingProps {
  client: MentorshipClient;
  onBooked?: (detail: BookedDetail) => void;
}

export function ReactBooking({ client, onBooked }: ReactBookingProps) {
  const [booked, setBooked] = useState<string | null>(null);
  return (
    <section>
      <mentorship-provider client={client} locale="en" time-zone="America/Bogota">
        <mentor-schedule-card
          service="geekpal-coding-mentorship"
          mentor="ana-garcia"
          onmentorship-booked={event => {
            setBooked(event.detail.session.startsAt);
            onBooked?.(event.detail);
          }}
        />
      </mentorship-provider>
      {booked && <p role="status">React heard mentorship-booked: {booked}</p>}
    </section>
  );
}

export function mountReactExample(container: HTMLElement, props: ReactBookingProps): Root {
  const root = createRoot(container);
  root.render(<ReactBooking {...props} />);
  return root;
}
