import { clock } from '../../utils/clock.js';
import { zoneOffsetLabel } from '../../utils/days.js';
import { intl } from '../../utils/intl.js';

/** "Colombia Time (GMT-5)", "hora de Colombia (GMT-5)": a zone as people read it, in `locale`. */
export function zoneLabel(zone: string, locale: string): string {
  const now = clock.now();
  const name =
    intl(Intl.DateTimeFormat, locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(now)
      .find(part => part.type === 'timeZoneName')?.value ?? zone.replaceAll('_', ' ');
  return `${name} (${zoneOffsetLabel(now, locale, zone)})`;
}
