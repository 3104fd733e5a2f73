/**
 * "Best match": mentors ranked for one student by what they share (skills the student is after, a
 * language they can be mentored in, hours at the times they prefer) and by how soon they are free,
 * with the reasons a person would give. The student's profile (the intake), when there is one, says
 * what they are after; without it, the page's `interests` and the page's language do.
 */
import type { MenteeProfile, Mentor } from '../../client/types.js';
import { calendarDaysBetween } from '../../utils/calendar-days.js';
import { foldForSearch } from '../../utils/search.js';
import { meetsPreferredTimes } from './times.js';

const HOUR = 3_600_000;
/** Beyond a week, being free sooner no longer helps a mentor's rank. */
const SOON_HORIZON_HOURS = 7 * 24;

export interface MatchContext {
  /** What the student wants to work on, as skills ("React", "interviews"). */
  interests: readonly string[];
  /** The student's language (BCP 47); a mentor who speaks it ranks higher. */
  language: string;
  /** "Now", and the zone in which "tomorrow" is counted. */
  now: Date;
  timeZone: string;
  /** The student's profile: its skills join `interests`, its languages replace `language`, its times count. */
  profile?: MenteeProfile | null;
}

export interface Match {
  mentor: Mentor;
  score: number;
  /** The mentor's skills the student is after, as the mentor spells them. */
  sharedSkills: string[];
  speaksLanguage: boolean;
  /** The language shared (BCP 47), for the reason shown. */
  language?: string;
  /** The mentor's hours meet the student's preferred times (`undefined`: nothing to compare). */
  fitsTimes?: boolean;
  /** Whole days from today to the next free time in the student's zone; `null` when not known or not soon. */
  freeInDays: number | null;
}

// Skills and languages compare as the search does: "javascript" is "JavaScript", "diseno" is "Diseño".
const normalize = (text: string) => foldForSearch(text.trim());
const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * One mentor's fit: 3 per shared skill, 2 for a shared language, 2 for hours at the student's
 * preferred times, up to 2 for being free soon.
 */
export function matchOf(mentor: Mentor, context: MatchContext): Match {
  const { profile } = context;
  const wanted = new Set([...context.interests, ...(profile?.skills ?? [])].map(normalize).filter(Boolean));
  const sharedSkills = mentor.skills.filter(skill => wanted.has(normalize(skill)));
  const languages = profile?.languages.length ? profile.languages : [context.language];
  const language = languages.find(candidate => mentor.languages.some(spoken => baseLanguage(spoken) === baseLanguage(candidate)));
  const speaksLanguage = language !== undefined;
  const fitsTimes = profile ? meetsPreferredTimes(mentor.hours, mentor.timezone, profile.times, profile.timezone, context.now) : undefined;
  const next = mentor.nextAvailableAt ? Date.parse(mentor.nextAvailableAt) : NaN;
  let soon = 0;
  let freeInDays: number | null = null;
  if (!Number.isNaN(next)) {
    soon = 2 * Math.max(0, 1 - (next - context.now.getTime()) / (SOON_HORIZON_HOURS * HOUR));
    freeInDays = calendarDaysBetween(context.now, new Date(next), context.timeZone);
  }
  return {
    mentor,
    score: 3 * sharedSkills.length + (speaksLanguage ? 2 : 0) + (fitsTimes ? 2 : 0) + soon,
    sharedSkills,
    speaksLanguage,
    language,
    fitsTimes,
    freeInDays,
  };
}

/** Mentors best match first; ties go to the better rated, then by name, so the order is stable. */
export function rankMentors(mentors: readonly Mentor[], context: MatchContext): Match[] {
  return mentors
    .map(mentor => matchOf(mentor, context))
    .sort((a, b) => b.score - a.score || (b.mentor.rating ?? 0) - (a.mentor.rating ?? 0) || a.mentor.name.localeCompare(b.mentor.name));
}
