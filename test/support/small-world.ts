/**
 * The chaos tests' world: two mentors, their 1-1 services, no bookings, 40 credits that do not renew —
 * small enough that a sequence of presses books, moves and cancels the same few times. Imports only
 * the memory store's modules, so the Node contract server (test/server/) can use it too.
 */
import { createDemoDataset, DEMO_STUDENT, type MemoryDataset } from '../../src/client/memory/dataset.js';

export const CHAOS_CREDITS = 40;

export function smallWorld(now: Date): MemoryDataset {
  const dataset = createDemoDataset(now);
  dataset.mentors = dataset.mentors.slice(0, 2);
  const given = new Set(dataset.mentors.flatMap(mentor => mentor.services));
  dataset.services = dataset.services.filter(service => service.kind === 'one_to_one' && given.has(service.slug));
  dataset.bookings = [];
  dataset.groupSessions = [];
  const student = dataset.students.find(candidate => candidate.id === DEMO_STUDENT)!;
  student.credits = [
    {
      id: 'chaos-pack',
      name: 'Pack',
      services: dataset.services.map(service => service.slug),
      remaining: CHAOS_CREDITS,
      renewsAt: null,
      renewal: null,
    },
  ];
  return dataset;
}
