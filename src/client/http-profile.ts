/**
 * `createHttpClient`'s `getProfile` and `saveProfile` (docs/rest-api.md), with the profile's wire
 * shape. Fetched with the first call: only pages that match mentors to the student or show the intake
 * load it.
 */
import { fields, known, nullable, object, optional, orElse, string, text, timeZone, type Decoder } from './decode.js';
import { strings } from './schemas.js';
import type { Transport } from './transport.js';
import type { MenteeProfile, RequestOptions, SaveProfileParams } from './types.js';

/** Weekdays 1–7 and known parts of the day; anything else is left out (the rest of the profile stands). */
const weekdays: Decoder<number[]> = value =>
  Array.isArray(value) ? (value as unknown[]).filter((day): day is number => [1, 2, 3, 4, 5, 6, 7].includes(day as number)) : [];

// Any answer that cannot be read is left out (and reported): the rest of the intake stands.
const profile = fields<MenteeProfile>({
  goals: orElse(text, ''),
  skills: strings,
  level: orElse((value, path) => (value == null ? null : known(['beginner', 'intermediate', 'advanced'])(value, path)), null),
  languages: strings,
  times: orElse(
    (value, path) =>
      value == null
        ? { weekdays: [], parts: [] }
        : fields<MenteeProfile['times']>({
            weekdays,
            parts: (parts, at) => strings(parts, at).filter(part => ['morning', 'afternoon', 'evening'].includes(part)),
          })(value, path),
    { weekdays: [], parts: [] },
  ),
  // A zone this browser does not know: the one the student is in now (the intake asks in it anyway).
  timezone: orElse(timeZone, new Intl.DateTimeFormat().resolvedOptions().timeZone),
  updatedAt: orElse(optional(nullable(string)), undefined),
});

// `{ profile: null }` before the intake.
const profileResponse = object(field => field('profile', nullable(profile)));

export const getProfile = (request: Transport, { signal }: RequestOptions = {}): Promise<MenteeProfile | null> =>
  request({ method: 'GET', path: '/profile', signal, decode: profileResponse });

export const saveProfile = (request: Transport, { profile: input, idempotencyKey, signal }: SaveProfileParams): Promise<MenteeProfile> =>
  request({
    method: 'PUT',
    path: '/profile',
    body: {
      goals: input.goals,
      skills: input.skills,
      level: input.level,
      languages: input.languages,
      times: input.times,
      timezone: input.timezone,
    },
    idempotencyKey,
    signal,
    decode: object(field => field('profile', profile)),
  });
