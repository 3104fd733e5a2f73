/**
 * The whole English catalog, and the shape every other catalog must match: a missing or extra key in
 * another language is a type error. Entries that need values are functions.
 *
 * The components do not import this module: English comes in parts (en/), each with the code that
 * shows it — the main part with every tag, a tag's own strings with that tag — so a page downloads the
 * strings of the tags it uses. This module is for pages that write their own language from English
 * (`{ ...en, cardTitle: … }`) and for tests.
 */
import { agenda } from './en/agenda.js';
import { core } from './en/core.js';
import { list } from './en/list.js';
import { sessions } from './en/sessions.js';
import { goals } from './en/goals.js';
import { goalForm } from './en/goal-form.js';
import { groups } from './en/groups.js';
import { checkIn } from './en/check-in.js';
import { steps } from './en/steps.js';
import { series } from './en/series.js';
import { seriesList } from './en/series-list.js';
import { intake } from './en/intake.js';
import { journey } from './en/journey.js';
import { closure } from './en/closure.js';
import { support } from './en/support.js';
import { calendar } from './en/calendar.js';
import { external } from './en/external.js';
import { credits } from './en/credits.js';
import { desk } from './en/desk.js';
import { availability } from './en/availability.js';

/** What the student's tags say: every shipped language has it whole (es.ts). */
export type StudentCatalog = typeof core &
  typeof list &
  typeof agenda &
  typeof steps &
  typeof sessions &
  typeof goals &
  typeof goalForm &
  typeof groups &
  typeof checkIn &
  typeof series &
  typeof seriesList &
  typeof intake &
  typeof journey &
  typeof closure &
  typeof support &
  typeof calendar &
  typeof external &
  typeof credits;

/** What only the mentor's tags say: a shipped language brings it in a part of its own (es-mentor.ts). */
export type MentorCatalog = Omit<typeof desk & typeof availability, keyof StudentCatalog>;

/** Every string of every tag: what a page's own language gives (`registerTranslation`). */
export type Catalog = StudentCatalog & typeof desk & typeof availability;

export const en: Catalog = {
  ...core,
  ...list,
  ...agenda,
  ...steps,
  ...sessions,
  ...goals,
  ...goalForm,
  ...groups,
  ...checkIn,
  ...series,
  ...seriesList,
  ...intake,
  ...journey,
  ...closure,
  ...support,
  ...calendar,
  ...external,
  ...credits,
  ...desk,
  ...availability,
};
