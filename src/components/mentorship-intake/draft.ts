/**
 * The intake as the form holds it, and back: a profile (or none yet) becomes a draft the inputs edit,
 * and a draft becomes the profile that is saved. Pure: no Lit, no DOM.
 */
import type { DayPart, ExperienceLevel, MenteeProfile } from '../../client/types.js';

export interface IntakeDraft {
  goals: string;
  /** Chosen from the mentors' skills. */
  skills: string[];
  /** Typed in: comma-separated. */
  otherSkills: string;
  level: ExperienceLevel | null;
  languages: string[];
  weekdays: number[];
  parts: DayPart[];
  timezone: string;
}

export type IntakeErrors = Partial<Record<'goals', string>>;

export const LEVELS: readonly ExperienceLevel[] = ['beginner', 'intermediate', 'advanced'];
export const PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];

/**
 * The form for `profile`, or a first one: the page's language offered first, the student's zone.
 * Skills of the profile the mentors do not list go to "other skills", so none is lost.
 */
export function draftOf(profile: MenteeProfile | null, offered: readonly string[], language: string, zone: string): IntakeDraft {
  if (!profile) {
    return { goals: '', skills: [], otherSkills: '', level: null, languages: [language], weekdays: [], parts: [], timezone: zone };
  }
  const known = new Set(offered.map(skill => skill.toLowerCase()));
  return {
    goals: profile.goals,
    skills: profile.skills.filter(skill => known.has(skill.toLowerCase())),
    otherSkills: profile.skills.filter(skill => !known.has(skill.toLowerCase())).join(', '),
    level: LEVELS.includes(profile.level as ExperienceLevel) ? (profile.level as ExperienceLevel) : null,
    languages: [...profile.languages],
    weekdays: [...profile.times.weekdays],
    parts: PARTS.filter(part => profile.times.parts.includes(part)),
    // Preferences are told in the zone the student is in now.
    timezone: zone,
  };
}

/** What the form says is wrong, by field. */
export function checkDraft(draft: IntakeDraft, missingGoals: string): IntakeErrors {
  return draft.goals.trim() ? {} : { goals: missingGoals };
}

/** The profile to save: the chosen and typed skills together, without blanks. */
export function profileOf(draft: IntakeDraft): Omit<MenteeProfile, 'updatedAt'> {
  const typed = draft.otherSkills
    .split(',')
    .map(skill => skill.trim())
    .filter(Boolean);
  return {
    goals: draft.goals.trim(),
    skills: [...draft.skills, ...typed],
    level: draft.level,
    languages: draft.languages,
    times: { weekdays: [...draft.weekdays].sort((a, b) => a - b), parts: draft.parts },
    timezone: draft.timezone,
  };
}

/** Adds or removes `value` from a choice of several. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter(item => item !== value);
}
