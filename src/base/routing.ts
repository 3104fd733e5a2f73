/**
 * What one tag asks of another — a journey's next step, "Book a session for this goal", "Find another
 * mentor" — is one of our cancelable events. It bubbles to the page, which may cancel it and do it its
 * own way (the answering tags' methods are public: `openBooking`, `startIntake`, `startGoal`,
 * `showCheckIn`). Otherwise, once it is through, the nearest `<mentorship-provider>` around the asking
 * tag that has a tag for it has that tag answer (`ask`, `answered`). Each routed event says which tag
 * answers it and how (its `[ROUTE]`, in the asking tag's code), so the provider carries no table of
 * them. A tag never looks another up in the page.
 */
import type { MentorScheduleCard } from '../components/mentor-schedule-card/mentor-schedule-card.js';
import type { MentorshipGoals } from '../components/mentorship-goals/mentorship-goals.js';
import type { MentorshipIntake } from '../components/mentorship-intake/mentorship-intake.js';
import type { MentorshipSessions } from '../components/mentorship-sessions/mentorship-sessions.js';
import { closestAcrossShadows } from '../utils/dom.js';

/** The tags that answer another's request, and their public methods (types only: no tag's code comes here). */
interface Answerers {
  'mentor-schedule-card': MentorScheduleCard;
  'mentorship-goals': MentorshipGoals;
  'mentorship-intake': MentorshipIntake;
  'mentorship-sessions': MentorshipSessions;
}

/** The tag that answers, and what it does. */
export type Route = { [Tag in keyof Answerers]: [Tag, (tag: Answerers[Tag]) => unknown] }[keyof Answerers];

export const route = <Tag extends keyof Answerers>(tag: Tag, answer: (tag: Answerers[Tag]) => unknown) => [tag, answer] as Route;

/** A routed event's method: the tag that answers it and how, or `undefined` when it is not routed. */
export const ROUTE = Symbol('route');

export interface Routed extends Event {
  [ROUTE](): Route | undefined;
}

/** Each provider on the page: the first tag of a kind directly under it (not under a provider inside it). */
const providers = new WeakMap<Element, (tag: string) => Element | undefined>();

/** Called by each `<mentorship-provider>`. */
export function answersUnder(provider: Element, find: (tag: string) => Element | undefined): void {
  providers.set(provider, find);
}

/**
 * For the tag that asked, once `request` has been dispatched: unless the page cancelled it, the nearest
 * provider around `asker` with a tag for it has that tag answer; whether one did.
 */
export function answered(asker: Element, request: Routed): boolean {
  const [tag, answer] = (!request.defaultPrevented && request[ROUTE]()) || [];
  let provider = tag ? closestAcrossShadows(asker, 'mentorship-provider') : null;
  while (provider) {
    const answerer = providers.get(provider)?.(tag!);
    if (answerer) {
      (answer as (tag: Element) => unknown)(answerer);
      return true;
    }
    const around = provider.parentElement ?? (provider.getRootNode() as Partial<ShadowRoot>).host;
    provider = around ? closestAcrossShadows(around, 'mentorship-provider') : null;
  }
  return false;
}

/** Dispatches `request` from `asker` and has it answered (see `answered`). */
export function ask(asker: Element, request: Routed): boolean {
  asker.dispatchEvent(request);
  return answered(asker, request);
}
