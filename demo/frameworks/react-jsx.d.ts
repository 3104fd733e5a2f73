/**
 * How a React 19 app types the tags: React passes object props such as `client` as properties and
 * `onmentorship-*` props as listeners of those events. Copy this into a React project.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  BookedEvent,
  MentorAgenda,
  MentorList,
  MentorScheduleCard,
  MentorSelectEvent,
  MentorshipClient,
  MentorshipCredits,
  MentorshipErrorEvent,
  MentorshipProvider,
  SlotSelectEvent,
} from '../../src/index.js';

type Tag<E extends HTMLElement, Props> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Props & {
    client?: MentorshipClient;
    'api-base'?: string;
    locale?: string;
    'time-zone'?: string;
    theme?: 'light' | 'dark';
    'onmentorship-error'?: (event: MentorshipErrorEvent) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'mentorship-provider': Tag<MentorshipProvider, object>;
      'mentor-schedule-card': Tag<
        MentorScheduleCard,
        {
          service?: string;
          mentor?: string;
          'purchase-url'?: string;
          'learn-more-url'?: string;
          'onmentorship-booked'?: (event: BookedEvent) => void;
        }
      >;
      'mentor-list': Tag<MentorList, { service?: string; search?: string; 'onmentorship-mentor-select'?: (event: MentorSelectEvent) => void }>;
      'mentor-agenda': Tag<
        MentorAgenda,
        { mentor?: string; service?: string; days?: number; 'onmentorship-slot-select'?: (event: SlotSelectEvent) => void; 'onmentorship-booked'?: (event: BookedEvent) => void }
      >;
      'mentorship-credits': Tag<MentorshipCredits, { service?: string; compact?: boolean; 'purchase-url'?: string }>;
    }
  }
}
