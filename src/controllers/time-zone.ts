/**
 * Resolves the student's time zone: the host's own `time-zone` attribute, then a provider's, then the
 * browser's. A name that is not an IANA zone is reported once on the console and skipped, so a typo
 * shows times in a real zone instead of breaking the component.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { timeZoneContext } from '../context/keys.js';
import { browserTimeZone, isValidTimeZone } from '../utils/time.js';

export interface TimeZoneHost extends ReactiveControllerHost, HTMLElement {
  timeZone?: string;
}

/** Names already found not to be zones: said once, and never checked again (a tag asks on every render). */
const reported = new Set<string>();

function usable(zone: string | undefined): zone is string {
  if (!zone || reported.has(zone)) return false;
  if (isValidTimeZone(zone)) return true;
  reported.add(zone);
  console.warn(`mentorship-widgets: "${zone}" is not an IANA time zone (e.g. "America/Bogota"); ignoring it.`);
  return false;
}

/** The zone `host` shows times in, read at each call. */
export function timeZoneOf(host: TimeZoneHost): () => string {
  const provided = new ContextConsumer(host, { context: timeZoneContext, subscribe: true });
  return () => {
    const own = host.timeZone;
    if (usable(own)) return own;
    return usable(provided.value) ? provided.value : browserTimeZone();
  };
}
