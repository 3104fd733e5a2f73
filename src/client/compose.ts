/**
 * `composeClients`: one `MentorshipClient` made of several, each doing what its backend can —
 * e.g. scheduling from Cal.com, credits and sessions from the LMS's own API.
 */
import type { MentorshipClient } from './types.js';

export interface ClientParts {
  /** Free times, holds, booking, group sessions' seats, external booking pages. */
  scheduling: MentorshipClient;
  /** Services and mentors. Default: `scheduling`. */
  catalog?: MentorshipClient;
  /** Credit buckets. Default: `scheduling`. */
  credits?: MentorshipClient;
  /** Listing, cancelling, moving and rating sessions. Default: `scheduling`. */
  sessions?: MentorshipClient;
}

export function composeClients({ scheduling, catalog = scheduling, credits = scheduling, sessions = scheduling }: ClientParts): MentorshipClient {
  return {
    capabilities: {
      availability: scheduling.capabilities.availability,
      holds: scheduling.capabilities.holds,
      cancel: sessions.capabilities.cancel,
      reschedule: sessions.capabilities.reschedule ?? false,
      feedback: sessions.capabilities.feedback ?? false,
      groups: scheduling.capabilities.groups ?? false,
    },
    listServices: options => catalog.listServices(options),
    listMentors: params => catalog.listMentors(params),
    getAvailability: params => scheduling.getAvailability(params),
    bookSession: params => scheduling.bookSession(params),
    getCredits: options => credits.getCredits(options),
    listSessions: params => sessions.listSessions(params),
    cancelSession: params => sessions.cancelSession(params),
    ...(sessions.rescheduleSession && { rescheduleSession: params => sessions.rescheduleSession!(params) }),
    ...(sessions.rateSession && { rateSession: params => sessions.rateSession!(params) }),
    ...(scheduling.listGroupSessions && { listGroupSessions: params => scheduling.listGroupSessions!(params) }),
    ...(scheduling.bookGroupSeat && { bookGroupSeat: params => scheduling.bookGroupSeat!(params) }),
    ...(scheduling.holdSlot && { holdSlot: params => scheduling.holdSlot!(params) }),
    ...(scheduling.releaseHold && { releaseHold: params => scheduling.releaseHold!(params) }),
    ...(scheduling.getExternalBookingUrl && {
      getExternalBookingUrl: params => scheduling.getExternalBookingUrl!(params),
    }),
  };
}
