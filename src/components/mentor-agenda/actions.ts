/**
 * The agenda's two rarer actions, fetched when a student first presses one of them (each waits for the
 * network anyway): finding the next free day beyond the range, and pointing a new tab at the backend's
 * own booking page.
 */
import '../../i18n/en/external.js';
import { MentorshipError } from '../../client/errors.js';
import type { MentorshipClient } from '../../client/types.js';
import { clock } from '../../utils/clock.js';
import { addDays, dayKeyOf, type DayKey } from '../../utils/days.js';
import { safeHttpUrl } from '../../utils/url.js';
import { cleanFreeTimes } from './free-times.js';
import { rangeCoveringAllZones } from './range.js';

/** How far "Jump to the next free time" looks. */
const LOOKAHEAD_DAYS = 28;

/** The day (in `zone`) of the first free time after `last`, within four weeks; `null` if there is none. */
export async function nextFreeDay(
  client: MentorshipClient,
  mentor: string,
  service: string,
  last: DayKey,
  zone: string,
): Promise<DayKey | null> {
  const { slots } = await client.getAvailability({ mentor, service, ...rangeCoveringAllZones(addDays(last, 1), LOOKAHEAD_DAYS) });
  const [next] = cleanFreeTimes(slots, clock.now().getTime());
  return next ? dayKeyOf(next.startsAt, zone) : null;
}

/** Asks for the backend's booking page and points `tab` (opened on the student's click) at it; the agenda then says so (externalOpened). */
export async function openBookingPage(client: MentorshipClient, mentor: string, service: string, tab: Window | null): Promise<void> {
  const url = safeHttpUrl(await client.getExternalBookingUrl!({ mentor, service }));
  if (!url) throw new MentorshipError('invalid-response', 'The booking page is not an http(s) URL.');
  if (tab) tab.location.href = url;
  else window.open(url, '_blank', 'noopener');
}
