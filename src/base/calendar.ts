/**
 * "Add to calendar" without its code in the booking flow's bytes: the choice it offers (Google
 * Calendar, Outlook, an .ics file) and the .ics writer are a chunk of their own (calendar-menu.ts),
 * fetched ahead (`prefetchCalendar`) when the pointer is over a button that needs it or it has focus —
 * not when the button shows, so booking costs none of its bytes.
 */
import type { LocalizeController } from '../controllers/localize.js';
import type { CalendarSession } from '../utils/ics.js';

const menu = () => import('./calendar-menu.js');

/** Starts fetching the menu, so that the press finds it there. */
export function prefetchCalendar(): void {
  menu().catch(() => undefined);
}

/**
 * Offers the session under `button`: Google Calendar, Outlook and an `.ics` file to choose from (a
 * series' meetings, several sessions, go at once as one `.ics` file), with a reminder
 * `reminderMinutes` before it in the file (a tag's `reminder-minutes`: default 30, `null` or `NaN` for
 * none). Pressed again while open, it closes. Rejects if the menu's code cannot be fetched.
 */
export async function offerCalendar(
  button: HTMLElement,
  localize: LocalizeController,
  session: CalendarSession | CalendarSession[],
  summary: string,
  reminderMinutes?: number | null,
): Promise<void> {
  (await menu()).offerCalendar(button, localize, session, summary, reminderMinutes);
}
