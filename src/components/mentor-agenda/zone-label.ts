import { clock } from '../../utils/clock.js';
import { zoneOffsetLabel } from '../../utils/days.js';
import { zoneName } from '../../utils/time.js';

/** "Colombia Time (GMT-5)", "hora de Colombia (GMT-5)": a zone's name with its offset now, in `locale`. */
export function zoneLabel(zone: string, locale: string): string {
  return `${zoneName(zone, locale)} (${zoneOffsetLabel(clock.now(), locale, zone)})`;
}
