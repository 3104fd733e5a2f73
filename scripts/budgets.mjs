// Every built file's own budget, gzip -9 KB (1 KB = 1,024 B), checked by `npm run size -- --check`
// (in `npm test`): each one today's figure with 0.06–0.19 KB of room, rounded up to 1/8 KB. A file
// that grows past its own fails whatever page loads it — a lazy chunk no path below measures (the
// Spanish catalog, the series, the closure, the check-in, the goal form) included; a new file fails
// until it has a line here, and a line whose file is gone fails too. Raise one only with the reason
// beside it, after making room.
export const FILE_BUDGETS = {
  // 2.625 → 2.75: what fetches the mentor's side below, and its options (0.16 KB).
  'breathecode.js': 2.75,
  // BreatheCode's mentor side (#32): the mentor's sessions with each student and 4Geeks' close form
  // (status and summary). Never on a student's page.
  'chunks/breathecode-mentor.js': 1.625,
  // 3.5 stayed for the mentor's side below, fetched only on a mentor's page (`mentor`): the add-on
  // carries what fetches it and its options (0.33 KB, room made by splitting it out).
  // 3.5 → 3.625: regular meetings (#32): which mentors repeat, "this and the following" on Cal.com,
  // and what fetches the series' code (0.15 KB); the code itself is the chunk below.
  // 3.625 → 3.75: the attendee's bookings lookup serves a single booking and a series from here (the
  // series' chunk no longer repeats it: 0.05 KB lighter, 0.02 KB less in all).
  'calcom.js': 3.75,
  // Cal.com's regular meetings (#32): the preview from /v2/slots, the booking with recurrenceCount
  // and its lookup after a lost answer. Fetched with the first preview. 1.625 → 1.875: what the card
  // shows when Cal.com cannot book what was asked (its one interval, its most meetings, no gaps), in
  // English and Spanish.
  'chunks/calcom-series.js': 1.875,
  // Cal.com's mentor side (#32): the host's bookings with each student, attendance through
  // `mark-absent`, the default schedule as weekly hours and days off. Never on a student's page.
  'chunks/calcom-mentor.js': 2.625,
  'chunks/actions.js': 0.5,
  // 2.125 → 2.625: the rating form (backends without check-ins) moved in from the sessions' chunk,
  // which is 0.28 KB lighter for it; the form after a session comes when a session waits for one.
  // 2.625 → 2.875: the rating's write and the form's styles (stars, comment) moved in from the
  // sessions' chunk too (0.2 KB lighter), which paid for the rule shown in place of refused changes.
  // 2.875 → 3: "Find another mentor"'s route (the card, opened at the service, this mentor last) now
  // comes with its request (#30): the provider, in every page's main file, carries no table of routes.
  'chunks/check-in.js': 3,
  'chunks/closure.js': 3.25,
  'chunks/download.js': 0.375,
  // 6.75 → 6.8125: the Spanish of the two sidebar musts in the total's note below.
  // 6.8125 → 6.875: the journey's new words in Spanish (#31, see its chunk).
  // 6.875 → 7: the rule in place of refused changes and "Add to calendar"'s choices, in Spanish (#31).
  // 7 → 7.0625: a backend whose booking happens on another page, in Spanish (#31, see the flow's note in size.mjs).
  'chunks/es.js': 7.0625,
  // A series' "this and the following", read by the sessions and the memory store, not by the flow.
  'chunks/following.js': 0.25,
  'chunks/full-view.js': 1.125,
  // 1.875 → 2.25: the draft's checks (draft.ts) moved in from the goals' chunk, which takes
  // "Show more" in their place and stays within its own. 2.25 → 2.875: "By when?" as day, month and year
  // choices in the widget's language and order (#31: a native date input speaks the browser's), 0.62 KB
  // fetched with the form; no new words (Intl names the parts and the months).
  // 2.875 → 2.375: the date field moved to chunks/date-parts.js, which <mentor-availability> shares.
  'chunks/goal-form.js': 2.375,
  // Day, month and year in the widget's language and order (base/date-parts.ts): the goal's "By when?"
  // and a mentor's days off, fetched with whichever comes first.
  'chunks/date-parts.js': 0.875,
  'chunks/groups.js': 0.625,
  // The mentor's side of the HTTP client (#32): their sessions, the report, their hours.
  'chunks/http-mentor.js': 1.25,
  'chunks/http-more.js': 1.375,
  // The goals' and the profile's calls (0.625 each before): the flow, the journey and the list read
  // both, in one request.
  'chunks/http-student.js': 1,
  'chunks/http-program.js': 0.625,
  // The .ics writer (0.9 KB, alone until #31) with "Add to calendar"'s choice of Google Calendar,
  // Outlook.com and Microsoft 365 (its links, popover and styles): fetched when the pointer is over the
  // button or it has focus, never with a page.
  'chunks/calendar-menu.js': 2.25,
  'chunks/mentor-agenda.js': 6.5,
  // 4.375 → 4.5: search text folded a slice at a time, not all at once when the list arrives (see size.mjs).
  // 4.5 → 4.625: the mentor step that fits a sidebar (#31; see the flow's note in size.mjs).
  'chunks/mentor-list.js': 4.625,
  // 4.375 → 4.4375: "Book a session for this goal" with no card and no booking-url tells the student
  // (and the console why) instead of doing nothing (#31); the total stays within its budget.
  // 4.4375 → 4.5: "Book a session for this goal"'s route with its request (#30, see the check-in's).
  'chunks/mentorship-goals.js': 4.5,
  'chunks/mentorship-intake.js': 3.875,
  // 4.625 → 5: the journey true to the cycle (#31) — seven stages (skills development), one reading
  // of where the student is with the stages done out of order saying so, a final meeting with the
  // last mentor at closing, and leaving early as a quiet link that says what it means. Its words cut
  // to the shortest first, and "Close the programme now" gone.
  // 5 → 5.125: the journey's next steps' routes (which tag answers each) with its request (#30, see
  // the check-in's).
  'chunks/mentorship-journey.js': 5.125,
  // The contract table (methods.ts), which composition (calcom.js) and the memory client read: the
  // provider's cache reads a method's kind from its name instead, so no page's main file carries it.
  'chunks/methods.js': 0.5,
  // The mentor's side (#32): <mentor-desk>, its report form (fetched when a session waits for a
  // report), and its Spanish (fetched by the mentor's tags only: a student's Spanish is es.js alone).
  'chunks/mentor-desk.js': 5.5,
  // 2.5 → 2.625: the form asks only for what the backend keeps of a report (`capabilities.reportFields`:
  // Cal.com keeps attendance alone, BreatheCode a summary), rather than words a backend would drop.
  'chunks/report-form.js': 2.625,
  'chunks/es-mentor.js': 2.0625,
  // <mentor-availability> (#32), and what the mentor's two tags share: the wait for their words in the
  // page's language (mentor-part.js), and the rules of a week's hours, which the memory store reads too.
  // 4.75 → 4.875: its preview says each day's free times as runs ("4:00 – 7:00 PM"), one line a day.
  // 4.875 → 5.125: a compact day row in a sidebar (#32: the name and "Add hours" on one line, a range
  // and its × on the next; the week 1,078 → about 780 px at 320 px) and the preview's service chosen
  // once (a save asks only for the free times again). The tag stays within its 8.125 KB.
  // 5.125 → 5.25: days off chosen as day, month and year in the widget's language (a native date input
  // speaks the browser's), each day a group with its legend; the field itself is chunks/date-parts.js.
  'chunks/mentor-availability.js': 5.25,
  // Its save, fetched with the first "Save hours" (the write path, shared.js, comes then too).
  'chunks/hours.js': 0.5,
  'chunks/mentor-part.js': 0.375,
  'chunks/weekly-hours.js': 0.625,
  // Wall-clock times in a zone as instants and a series' starts, moved out of memory-client.js (which
  // is that much lighter) now that Cal.com's series read them too.
  'chunks/zoned-time.js': 0.375,
  'chunks/mentorship-sessions.js': 5.75,
  'chunks/move.js': 0.5,
  // The bundler's runtime (chunks/runtime.js: a short name, in the main file's map of each chunk's
  // imports): the namespace helper of chunks holding several modules fetched on their own. The main
  // file no longer needs it, so the collapsed card does not fetch it; the tags that do, do.
  'chunks/runtime.js': 0.25,
  // The shapes of sessions and free times, out of the main file (the collapsed card reads neither):
  // fetched beside the first request that reads one (the sessions, the agenda, the card's steps).
  'chunks/session-shapes.js': 0.5,
  'chunks/series-group.js': 1,
  'chunks/series.js': 3.625,
  'chunks/shared.js': 2.125,
  // 6.5 → 6.875 with the open card's state in one reducer (see size.mjs); the card's own chunk gave back 0.125.
  // 6.875 → 6.9375: "Add to calendar" a disclosure of its choices (#31, 0.03 KB; the choices come with
  // the press); the flow's own budget (size.mjs) holds. 6.9375 → 7: the step count of a backend whose
  // booking happens on another page (#31, see the flow's note in size.mjs).
  'chunks/steps.js': 7,
  'chunks/support.js': 0.625,
  'chunks/timeline.js': 0.5,
  'chunks/zone-picker.js': 1.5,
  // 5.75 → 7: the whole English catalog has the mentor's words too (#32; no page loads it).
  // 7 → 7.0625: the journey's new words (#31, see its chunk).
  // 7.0625 → 7.1875: the rule in place of refused changes and "Add to calendar"'s choices (#31).
  // 7.1875 → 7.25: a backend whose booking happens on another page (#31).
  'en.js': 7.25,
  // 13 → 10.75: the wall-clock conversions on Intl instead of date-fns-tz.
  // 10.75 → 13.625: the mentor's side of the contract (#32), served as the REST contract says — a
  // mentor signs in; their sessions with each student's context (shared goals only), the report and
  // the credit each attendance gives back, weekly hours, time off, notice and buffer feeding the free
  // times — about 1.9 KB, and a mentee with an intake, goals and a check-in in the data set, 0.9 KB.
  'memory-client.js': 13.625,
  'mentorship-sessions.js': 0.375,
  // 16.375 → 16.5: the mentor's side (#32) where every page has it: the two fields a student reads
  // of a reported session (attendance, the mentor's feedback), the mentor's calls named in the HTTP
  // client and <mentor-desk> in the autoloader (0.12 KB). Room made first: the client's lazily
  // fetched calls are one table, not a function each (0.06 KB back).
  // 16.5 → 16.875: round trips (the performance issue) — the chunks each chunk imports, asked with it
  // (0.09 KB), the collapsed card's first reads asked as the page finds it, which the clients' same
  // requests take (0.33 KB), and a later call's read sent beside its code (0.06 KB). Room made first:
  // English only the agenda and the card's steps say moved into the agenda's chunk (0.13 KB), holding
  // a time (which no tag does) into http-more.js (0.1 KB).
  // 16.875 → 20: the README's own set-up in one file (#30): <mentorship-provider> (its shared answers,
  // `@lit/context`'s provider, the routing of one tag's requests to another) and the collapsed card
  // with its credits, which were chunks of 2.64 KB and 3.05 KB. Apart they cost 1.6 KB more under a
  // provider (each file's imports, gzip windows started afresh) and a round trip for code before the
  // card could ask for its data. Room made first, 1.3 KB: the method table, the routes and the
  // autoloader's read-ahead (no code left to wait for) out; the session and free-time shapes fetched
  // beside their requests; the cache's registry in the cache; the client and zone resolvers, the HTTP
  // client per api-base and a load's renderers as functions, not classes and switches. It is the
  // collapsed card's 20 KB itself: the next byte here makes room first.
  'mentorship-widgets.js': 20,
};

/**
 * Every file together, the add-ons included (111.5 → 109 with the memory client 2.2 KB lighter).
 * 109 → 109.75 with long lists fast (the performance issue): "Show more" in the sessions and the
 * goals, a clock that renders at the next change only, search text folded a slice at a time, about
 * 0.55 KB; code moved into the chunks that use it (the rating form into the check-in's, the draft's
 * checks into the goal form's, "this and the following" into a file the flow does not fetch), about
 * 0.15 KB of gzip's overhead. Room made where pages load it: the sessions page is 0.19 KB lighter
 * with its paging, the goals' page 0.06 KB heavier with its own.
 */
/* 109.75 → 130.875 with the mentor's side (#32), a new half of the library, each file with its own
 * budget above: the contract's (the memory client's 2.8 KB, the HTTP client's mentor calls 1.07 KB,
 * 0.13 KB in the main file and the provider), <mentor-desk>'s (its chunk, its report form, its
 * Spanish and its English in en.js: 9.8 KB), <mentor-availability>'s (6.8 KB, the same way) and the
 * words a student leaves their mentors at closing (0.1 KB). A student's pages carry 0.1 KB of it (the
 * main file's and the provider's).
 */
/* 130.875 → 131: round trips (the performance issue), about 0.55 KB where every page has it (see the
 * main file's line) and 0.12 KB in the card's chunk; the card and its credits in one file gave back
 * 0.5 KB.
 */
/* 131 → 131.125: two of the sidebar's musts (#31): a goal the page chose in the card's view from
 * the first step (0.05 KB in the steps, within the flow's budget) and the goals' "Book a session for
 * this goal" telling the student when it has nowhere to go (0.06 KB), each in English and Spanish.
 * Room made first: their words and the console's line cut to the shortest that still says it.
 */
/* 131.125 → 131.25: the mentor step that fits a sidebar (#31), 0.14 KB in the mentor list's chunk
 * (see the flow's note in size.mjs), after 0.07 KB of room made.
 */
/* 131.25 → 131.875: the journey true to the cycle (#31): 0.3 KB in its chunk, its words in the
 * Spanish catalog and in en.js (see their lines).
 */
/* 131.875 → 132: the series' compact preview within a sidebar's height (a meeting a line, the count
 * and the goal beside their labels: 0.05 KB in its chunk) and the credits' empty state said once
 * (#31); each file within its own budget.
 */
/* 132 → 132.375: the rule shown in place of Cancel and Reschedule once changes are closed (#31):
 * 0.2 KB in the sessions' chunk, after 0.33 KB of room made there (the rating's write and the form's
 * styles moved to the check-in's chunk), and its words in both catalogs.
 */
/* 132.375 → 134: "Add to calendar" offers Google Calendar, Outlook.com and Microsoft 365 beside the
 * .ics file (#31): 1.3 KB in the chunk fetched on the first press (with the .ics writer it was alone),
 * their words in both catalogs, and the disclosure in the sessions' and the card's steps (within the
 * sessions' tag budget, after room made: see above).
 */
/* 134 → 134.25: a backend whose booking happens on another page (#31): its step count, its rows'
 * names and what happens after the page opens, in both languages (see the flow's note in size.mjs).
 */
/* 134.25 → 134.875: the goal's "By when?" in the widget's language (#31, see the goal form's line). */
/* 134.875 → 135.125: <mentor-availability>'s compact day row (#32, see its chunk's line). */
/* 135.125 → 138.25: Cal.com's mentor side (#32): 2.56 KB in a chunk only a mentor's page fetches,
 * 0.33 KB in the add-on to fetch it, and the desk's report form asking only for what a backend keeps.
 */
/* 138.25 → 140: BreatheCode's mentor side (#32): 1.53 KB in a chunk only a mentor's page fetches,
 * 0.16 KB in the add-on to fetch it.
 */
/* 140 → 141.75: Cal.com's regular meetings (#32): 1.52 KB in a chunk fetched with the first
 * preview, 0.15 KB in the add-on; the series' starts shared with the memory store (a chunk of 0.35 KB).
 */
/* 141.75 → 142.125: why Cal.com refuses a series, in the page's language (see calcom-series.js), and
 * the card's series showing a backend's reason in place of "the request could not be completed".
 */
/* 142.125 → 142.5: the date field shared by the goal form and the mentor's days off (#32): the shared
 * chunk's own imports and exports, and the days off as its groups; the goal form is 0.5 KB lighter.
 */
/* 142.5 → 141.25: the README's set-up in one file (#30; see the main file's line): 1.4 KB less in all. */
export const TOTAL_BUDGET = 141.25;
