/**
 * What the writing checks book with, found once from the backend's own answers: a 1-1 service the
 * student's credits cover, a mentor who gives it, and that mentor's free times far enough ahead that
 * no change policy stops the kit from cancelling what it booked.
 */
import type { Call } from './exchange.js';
import { Failure } from './kit.js';

export interface Slot {
  starts_at: string;
  ends_at: string;
}

export interface World {
  service: { slug: string; duration_minutes: number; change_notice_hours?: number };
  mentor: { slug: string; timezone: string; hours?: Array<{ weekday: number; start: string; end: string }> };
  /** Free times that neither overlap nor share a day, soonest first. */
  slots: Slot[];
  /** The window they were asked in. */
  from: string;
  to: string;
}

interface Bucket {
  services: string[];
  remaining: number | null;
}

const HOUR = 3_600_000;

async function readCredits(call: Call, as = 'student'): Promise<Bucket[]> {
  const exchange = await call({ route: '/credits', as });
  if (exchange.status !== 200) throw new Failure(`could not read the credits (${exchange.status})`, exchange);
  return (exchange.answer as { credits?: Bucket[] }).credits ?? [];
}

/** Credits for a service in `buckets`: their sum, or `null` when one bucket is unlimited. */
function sumFor(buckets: Bucket[], service: string): number | null {
  const covering = buckets.filter(bucket => bucket.services?.includes(service));
  if (covering.some(bucket => bucket.remaining === null)) return null;
  return covering.reduce((sum, bucket) => sum + (bucket.remaining ?? 0), 0);
}

/** The student's credits for a service now: their sum, or `null` when one bucket is unlimited. */
export async function creditsFor(call: Call, service: string, as = 'student'): Promise<number | null> {
  return sumFor(await readCredits(call, as), service);
}

/** Free times of `mentor` for `service` in [from, to). */
export async function freeTimes(call: Call, mentor: string, service: string, from: string, to: string): Promise<Slot[]> {
  const exchange = await call({ route: '/mentors/{mentor}/availability', params: { mentor }, query: { service, from, to } });
  if (exchange.status !== 200) throw new Failure(`could not read ${mentor}'s free times (${exchange.status})`, exchange);
  return ((exchange.answer as { slots?: Slot[] }).slots ?? []).slice().sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at));
}

/** Slots that neither overlap nor fall on the same UTC day: each booking the kit makes stands alone. */
function spread(slots: Slot[]): Slot[] {
  const chosen: Slot[] = [];
  const utcDay = (slot: Slot) => new Date(slot.starts_at).toISOString().slice(0, 10);
  for (const slot of slots) {
    const last = chosen.at(-1);
    if (!last || (Date.parse(slot.starts_at) >= Date.parse(last.ends_at) && utcDay(slot) !== utcDay(last))) chosen.push(slot);
  }
  return chosen;
}

/** Finds what to book with; a `Failure` says what the backend lacks (or answered) for it. */
export async function discoverWorld(call: Call, now: number): Promise<World> {
  const services = await call({ route: '/services' });
  if (services.status !== 200) throw new Failure(`could not read the services (${services.status})`, services);
  const listed = (services.answer as { services?: Array<World['service'] & { kind: string }> }).services ?? [];
  const oneToOne = listed.filter(service => service.kind === 'one_to_one');
  // A service with credits to count first (the credit checks then mean something), else an unlimited one.
  const buckets = await readCredits(call);
  const ranked = oneToOne.map(service => ({ service, credits: sumFor(buckets, service.slug) }));
  ranked.sort((a, b) => (b.credits ?? 2.5) - (a.credits ?? 2.5));
  const usable = ranked.filter(each => each.credits === null || each.credits >= 2);
  if (!usable.length)
    throw new Failure('the student has no 1-1 service with 2 credits or more to book with (give --token an account that has)');
  for (const { service } of usable) {
    const notice = (service.change_notice_hours ?? 0) * HOUR;
    const from = new Date(Math.ceil((now + Math.max(72 * HOUR, notice + 48 * HOUR)) / HOUR) * HOUR).toISOString();
    const to = new Date(Date.parse(from) + 14 * 24 * HOUR).toISOString();
    const mentors = await call({ route: '/mentors', query: { service: service.slug } });
    if (mentors.status !== 200) throw new Failure(`could not read the mentors (${mentors.status})`, mentors);
    for (const mentor of ((mentors.answer as { mentors?: World['mentor'][] }).mentors ?? []).slice(0, 6)) {
      const slots = spread(await freeTimes(call, mentor.slug, service.slug, from, to));
      if (slots.length >= 4) return { service, mentor, slots, from, to };
    }
  }
  throw new Failure('no mentor of a 1-1 service the student can pay for has 4 free times on different days in the next two weeks');
}
