/**
 * The memory store's check of a student's profile (the intake): what a backend should refuse, with a
 * message that names the field. Pure, so the rules are tested apart from the store.
 */
import { MentorshipError } from '../errors.js';
import type { DayPart, ExperienceLevel, MenteeProfile } from '../types.js';
import { isValidTimeZone } from '../../utils/time.js';

const LEVELS: readonly ExperienceLevel[] = ['beginner', 'intermediate', 'advanced'];
const PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];
const MAX_SKILLS = 20;

const refuse = (message: string): never => {
  throw new MentorshipError('bad-request', message);
};

/** The profile as stored: checked, its lists without blanks or repeats. */
export function checkProfile(input: Omit<MenteeProfile, 'updatedAt'>): Omit<MenteeProfile, 'updatedAt'> {
  const goals = typeof input.goals === 'string' ? input.goals.trim() : '';
  if (!goals) refuse('goals: say what you want to achieve.');
  if (goals.length > 2000) refuse('goals: at most 2,000 characters.');
  const words = (list: unknown, field: string): string[] => {
    if (!Array.isArray(list) || list.some(item => typeof item !== 'string')) refuse(`${field} must be a list of strings.`);
    // Blanks left out; a repeat (in any case: "react" after "React") keeps the first spelling.
    const seen = new Set<string>();
    return (list as string[])
      .map(item => item.trim())
      .filter(item => item && !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
  };
  const skills = words(input.skills, 'skills');
  if (skills.length > MAX_SKILLS || skills.some(skill => skill.length > 60))
    refuse(`skills: at most ${MAX_SKILLS}, each up to 60 characters.`);
  const languages = words(input.languages, 'languages');
  if (languages.some(tag => !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag))) refuse('languages must be BCP 47 tags.');
  if (input.level !== null && !LEVELS.includes(input.level as ExperienceLevel)) refuse('level must be beginner, intermediate or advanced.');
  const { weekdays, parts } = input.times ?? {};
  if (!Array.isArray(weekdays) || weekdays.some(day => !Number.isInteger(day) || day < 1 || day > 7))
    refuse('times.weekdays must be ISO weekdays (1–7).');
  if (!Array.isArray(parts) || parts.some(part => !PARTS.includes(part as DayPart)))
    refuse('times.parts must be morning, afternoon or evening.');
  if (!isValidTimeZone(input.timezone)) refuse('timezone must be an IANA zone.');
  return {
    goals,
    skills,
    level: input.level,
    languages,
    times: { weekdays: [...new Set(weekdays)].sort(), parts: PARTS.filter(part => parts.includes(part)) },
    timezone: input.timezone,
  };
}
