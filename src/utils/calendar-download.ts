/**
 * "Add to calendar" without the .ics writer in the booking flow's bytes: the writer is a chunk of its
 * own, fetched ahead (`prefetchCalendar`) when the pointer is over a button that needs it or it has
 * focus — not when the button shows, so booking costs none of its bytes.
 */
import type { CalendarSession } from './ics.js';

const writer = () => import('./ics.js');

/** Starts fetching the writer, so that the click finds it there. */
export function prefetchCalendar(): void {
  writer().catch(() => undefined);
}

/**
 * Offers the session (or a series' meetings, in one file) as an `.ics` download, with a reminder `reminderMinutes` before it (a tag's
 * `reminder-minutes`: default 30, `null` or `NaN` for none). Rejects if the writer cannot be fetched.
 */
export async function downloadSessionCalendar(
  parent: Node,
  session: CalendarSession | CalendarSession[],
  summary: string,
  reminderMinutes?: number | null,
): Promise<void> {
  (await writer()).downloadSessionCalendar(parent, session, summary, reminderMinutes);
}
