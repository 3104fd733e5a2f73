/**
 * React components for every tag, made with `@lit/react`, for React 18 and 19: React 18 neither sets
 * properties on custom elements nor listens to their custom events, so a client passed as `client=`
 * would be lost and `onmentorship-booked` never called. These set every property as a property and
 * take each event as a camel-cased prop:
 *
 * ```tsx
 * import { MentorshipProvider, MentorScheduleCard } from 'mentorship-widgets/react';
 *
 * <MentorshipProvider client={client} locale="en">
 *   <MentorScheduleCard onMentorshipBooked={event => track(event.detail.session)} />
 * </MentorshipProvider>
 * ```
 *
 * Importing this module defines the tags (their `define` modules). React is the app's own.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MentorAgenda as MentorAgendaElement } from '../components/mentor-agenda/define.js';
import { MentorList as MentorListElement } from '../components/mentor-list/define.js';
import { MentorScheduleCard as MentorScheduleCardElement } from '../components/mentor-schedule-card/define.js';
import { MentorshipCredits as MentorshipCreditsElement } from '../components/mentorship-credits/define.js';
import { MentorshipGoals as MentorshipGoalsElement } from '../components/mentorship-goals/define.js';
import { MentorshipIntake as MentorshipIntakeElement } from '../components/mentorship-intake/define.js';
import { MentorshipJourney as MentorshipJourneyElement } from '../components/mentorship-journey/define.js';
import { MentorDesk as MentorDeskElement } from '../components/mentor-desk/define.js';
import { MentorAvailability as MentorAvailabilityElement } from '../components/mentor-availability/define.js';
import { MentorshipProvider as MentorshipProviderElement } from '../components/mentorship-provider/define.js';
import { MentorshipSessions as MentorshipSessionsElement } from '../components/mentorship-sessions/define.js';
import type { MentorshipEvents } from './tags.js';

/** `mentorship-booked` → `MentorshipBooked`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** Every event of ours as a React prop: `onMentorshipBooked` hears `mentorship-booked`, typed by its class. */
export type MentorshipEventProps = {
  [K in keyof MentorshipEvents as `on${Pascal<K>}`]: EventName<MentorshipEvents[K]>;
};

/**
 * The events, by name. Our events bubble and cross shadow roots, so every component takes all of them
 * (a provider hears its tags'). An event of `MentorshipEvents` missing here is a type error.
 */
const EVENTS: Record<keyof MentorshipEvents, true> = {
  'mentorship-error': true,
  'mentorship-service-select': true,
  'mentorship-mentor-select': true,
  'mentorship-slot-select': true,
  'mentorship-booking-request': true,
  'mentorship-booked': true,
  'mentorship-cancel-request': true,
  'mentorship-canceled': true,
  'mentorship-reschedule-request': true,
  'mentorship-rescheduled': true,
  'mentorship-rated': true,
  'mentorship-goal-saved': true,
  'mentorship-profile-saved': true,
  'mentorship-program-closed': true,
  'mentorship-journey-action': true,
  'mentorship-goal-booking-request': true,
  'mentorship-checked-in': true,
  'mentorship-rematch-request': true,
  'mentorship-report-sent': true,
  'mentorship-hours-saved': true,
};

const events = Object.fromEntries(
  Object.keys(EVENTS).map(name => [`on${name.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`, name]),
) as MentorshipEventProps;

/**
 * A tag's component. Its properties are read off the class the page registered for the tag: another
 * copy of the library that defined it first (a CDN script, say) has the properties this one's class
 * would only get once defined. None on a server: the class imported then.
 */
const component = <E extends HTMLElement>(tagName: string, elementClass: new () => E, displayName: string) =>
  createComponent({
    react: React,
    tagName,
    elementClass: (globalThis.customElements?.get(tagName) as (new () => E) | undefined) ?? elementClass,
    events,
    displayName,
  });

export const MentorshipProvider = component('mentorship-provider', MentorshipProviderElement, 'MentorshipProvider');
export const MentorScheduleCard = component('mentor-schedule-card', MentorScheduleCardElement, 'MentorScheduleCard');
export const MentorList = component('mentor-list', MentorListElement, 'MentorList');
export const MentorAgenda = component('mentor-agenda', MentorAgendaElement, 'MentorAgenda');
export const MentorshipCredits = component('mentorship-credits', MentorshipCreditsElement, 'MentorshipCredits');
export const MentorshipSessions = component('mentorship-sessions', MentorshipSessionsElement, 'MentorshipSessions');
export const MentorshipGoals = component('mentorship-goals', MentorshipGoalsElement, 'MentorshipGoals');
export const MentorshipIntake = component('mentorship-intake', MentorshipIntakeElement, 'MentorshipIntake');
export const MentorshipJourney = component('mentorship-journey', MentorshipJourneyElement, 'MentorshipJourney');
export const MentorDesk = component('mentor-desk', MentorDeskElement, 'MentorDesk');
export const MentorAvailability = component('mentor-availability', MentorAvailabilityElement, 'MentorAvailability');
