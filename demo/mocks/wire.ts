/** Domain objects in the REST contract's snake_case wire shapes (the inverse of src/client/schemas.ts). */
import type {
  Availability,
  BookedSeries,
  SeriesPreview,
  CreditBucket,
  Goal,
  GroupSession,
  MenteeProfile,
  MentorshipProgram,
  Mentor,
  MentorshipService,
  MentorshipSession,
  MentorHours,
  MentorSession,
  SessionReport,
  SlotHold,
} from '../../src/index.js';

export const wireService = (service: MentorshipService) => ({
  slug: service.slug,
  name: service.name,
  description: service.description,
  duration_minutes: service.durationMinutes,
  kind: service.kind,
  ...(service.changeNoticeHours === undefined ? {} : { change_notice_hours: service.changeNoticeHours }),
});

export const wireMentor = (mentor: Mentor) => ({
  slug: mentor.slug,
  name: mentor.name,
  avatar_url: mentor.avatarUrl,
  headline: mentor.headline,
  bio: mentor.bio,
  timezone: mentor.timezone,
  languages: mentor.languages,
  skills: mentor.skills,
  rating: mentor.rating,
  services: mentor.services,
  ...(mentor.nextAvailableAt !== undefined ? { next_available_at: mentor.nextAvailableAt } : {}),
  ...(mentor.nextAvailable !== undefined ? { next_available: mentor.nextAvailable } : {}),
  ...(mentor.hours !== undefined ? { hours: mentor.hours } : {}),
});

export const wireProgram = (program: MentorshipProgram) => ({
  name: program.name,
  starts_at: program.startsAt,
  ends_at: program.endsAt,
  sessions_planned: program.sessionsPlanned,
  sessions_done: program.sessionsDone,
  guidelines_url: program.guidelinesUrl,
  resources: program.resources,
  manager: program.manager ?? null,
  closed: program.closed ?? null,
});

export const wireProfile = (profile: MenteeProfile | null) =>
  profile && {
    goals: profile.goals,
    skills: profile.skills,
    level: profile.level,
    languages: profile.languages,
    times: profile.times,
    timezone: profile.timezone,
    updated_at: profile.updatedAt ?? null,
  };

export const wireAvailability = (availability: Availability) => ({
  timezone: availability.timezone,
  slots: availability.slots.map(slot => ({ starts_at: slot.startsAt, ends_at: slot.endsAt })),
});

const wireSessionMentor = (mentor: MentorshipSession['mentor']) => ({ slug: mentor.slug, name: mentor.name, avatar_url: mentor.avatarUrl });

export const wireSession = (session: MentorshipSession) => ({
  id: session.id,
  service: session.service,
  mentor: wireSessionMentor(session.mentor),
  group_session: session.groupSession ?? null,
  starts_at: session.startsAt,
  ends_at: session.endsAt,
  status: session.status,
  join_url: session.joinUrl,
  agenda: session.agenda,
  feedback: session.feedback ?? null,
  goal: session.goal ?? null,
  summary: session.summary ?? '',
  action_items: session.actionItems ?? [],
  check_in: session.checkIn ?? null,
  series: session.series ?? null,
  attendance: session.attendance ?? null,
  mentor_feedback: session.mentorFeedback
    ? { went_well: session.mentorFeedback.wentWell, to_work_on: session.mentorFeedback.toWorkOn }
    : null,
});

const wireReport = (report: SessionReport) => ({
  attendance: report.attendance,
  summary: report.summary,
  action_items: report.actionItems,
  goal_progress: report.goalProgress,
  feedback: { went_well: report.feedback.wentWell, to_work_on: report.feedback.toWorkOn },
  at: report.at,
  editable_until: report.editableUntil,
});

export const wireMentorSession = (session: MentorSession) => ({
  id: session.id,
  service: session.service,
  starts_at: session.startsAt,
  ends_at: session.endsAt,
  status: session.status,
  join_url: session.joinUrl,
  agenda: session.agenda,
  student: {
    id: session.student.id,
    name: session.student.name,
    avatar_url: session.student.avatarUrl,
    program: session.student.program,
    timezone: session.student.timezone,
    closing_words: session.student.closingWords ?? null,
  },
  goal: session.goal && {
    id: session.goal.id,
    title: session.goal.title,
    success_criteria: session.goal.successCriteria,
    target_date: session.goal.targetDate,
    steps: session.goal.steps,
    progress: session.goal.progress,
    status: session.goal.status,
  },
  intake: session.intake,
  last_check_in: session.lastCheckIn,
  sessions_together: session.sessionsTogether,
  report: session.report && wireReport(session.report),
  student_absent_credit: session.studentAbsentCredit,
});

export const wireHours = (hours: MentorHours) => ({
  timezone: hours.timeZone,
  weekly: hours.weekly,
  time_off: hours.timeOff,
  notice_minutes: hours.noticeMinutes,
  buffer_minutes: hours.bufferMinutes,
});

export const wireSeriesPreview = (preview: SeriesPreview) => ({
  occurrences: preview.occurrences.map(occurrence => ({
    starts_at: occurrence.startsAt,
    ends_at: occurrence.endsAt,
    status: occurrence.status,
    alternative: occurrence.alternative ? { starts_at: occurrence.alternative.startsAt, ends_at: occurrence.alternative.endsAt } : null,
  })),
  credits: preview.credits,
});

export const wireBookedSeries = (booked: BookedSeries) => ({ series: booked.series, sessions: booked.sessions.map(wireSession) });

export const wireGoal = (goal: Goal) => ({
  id: goal.id,
  title: goal.title,
  why: goal.why,
  success_criteria: goal.successCriteria,
  target_date: goal.targetDate,
  steps: goal.steps,
  progress: goal.progress,
  status: goal.status,
  shared: goal.shared,
  sessions: goal.sessions.map(session => ({
    id: session.id,
    starts_at: session.startsAt,
    mentor: wireSessionMentor(session.mentor),
    summary: session.summary,
    action_items: session.actionItems,
  })),
});

export const wireGroupSession = (group: GroupSession) => ({
  id: group.id,
  service: group.service,
  mentor: wireSessionMentor(group.mentor),
  title: group.title,
  starts_at: group.startsAt,
  ends_at: group.endsAt,
  seats: group.seats,
  seats_left: group.seatsLeft,
  joined: group.joined,
});

export const wireCredit = (bucket: CreditBucket) => ({
  id: bucket.id,
  name: bucket.name,
  services: bucket.services,
  remaining: bucket.remaining,
  renews_at: bucket.renewsAt,
  renewal: bucket.renewal,
});

export const wireHold = (hold: SlotHold) => ({ id: hold.id, expires_at: hold.expiresAt });
