/**
 * `mentorship-widgets/testing`: page objects for an LMS's own tests of its integration. They work in
 * any browser test runner (Web Test Runner, Playwright's page.evaluate, Cypress, Vitest browser mode).
 *
 * ```ts
 * import { CardHarness, SessionsHarness } from 'mentorship-widgets/testing';
 * const card = new CardHarness(document.querySelector('mentor-schedule-card')!);
 * await card.bookFirstFreeTime('GeekPal', 'Ana García', 'Code review');
 * await new SessionsHarness(document.querySelector('mentorship-sessions')!).cancel('Ana García');
 * ```
 */
export { Harness, deepQueryAll, deepActiveElement, textOf, until } from './harness.js';
export { AgendaHarness } from './agenda-harness.js';
export { CardHarness } from './card-harness.js';
export { SessionsHarness } from './sessions-harness.js';
export { JourneyHarness, type ClosingAnswers } from './journey-harness.js';
export { MentorDeskHarness, type ReportAnswers } from './desk-harness.js';
export { AvailabilityHarness } from './availability-harness.js';
