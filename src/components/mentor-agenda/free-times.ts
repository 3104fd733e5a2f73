import type { TimeSlot } from '../../client/types.js';

/**
 * Free times as a backend gave them, made fit to show: sorted by start, each start once (the arrow
 * keys would stick on a duplicate), and none that has already begun.
 */
export function cleanFreeTimes(slots: readonly TimeSlot[], now: number): TimeSlot[] {
  const byStart = new Map<string, TimeSlot>();
  for (const slot of slots) {
    if (Date.parse(slot.startsAt) > now && !byStart.has(slot.startsAt)) byStart.set(slot.startsAt, slot);
  }
  return [...byStart.values()].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
