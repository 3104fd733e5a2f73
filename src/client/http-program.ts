/**
 * `createHttpClient`'s `getProgram` and `closeProgram` (docs/rest-api.md), with the programme's wire
 * shape. Fetched with the first call: only pages that show the programme load it.
 */
import {
  fields,
  httpUrl,
  instant,
  nonNegativeInteger,
  nullable,
  object,
  optional,
  orElse,
  starRating,
  string,
  text,
  type Decoder,
} from './decode.js';
import { strings } from './schemas.js';
import type { Transport } from './transport.js';
import type { CloseProgramParams, MentorshipProgram, ProgramClosure, ProgramResource, RequestOptions } from './types.js';

/** Resources with an `http(s):` link; any other is left out (the rest of the programme stands). */
const resources: Decoder<ProgramResource[]> = (value, path) =>
  Array.isArray(value)
    ? value.flatMap((item: { title?: unknown; url?: unknown } | null, index) => {
        const url = item && typeof item.title === 'string' && typeof item.url === 'string' ? httpUrl(item.url, `${path}[${index}]`) : null;
        return url ? [{ title: item!.title as string, url }] : [];
      })
    : [];

/** A count sent as a string of digits (`"8"`) is read as the number; anything else is not a count. */
const count: Decoder<number> = (value, path) =>
  nonNegativeInteger(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value, path);

// A closure whose rating or words cannot be read is still a closure: the programme is closed.
const closure = fields<ProgramClosure>({
  at: instant,
  summary: orElse(text, ''),
  achievements: strings,
  rating: orElse(starRating, 0),
  comment: orElse(optional(string), undefined),
});

// Only the name and the dates make a programme: any other field that cannot be read is left out.
const program = fields<MentorshipProgram>({
  name: string,
  startsAt: instant,
  endsAt: instant,
  sessionsPlanned: orElse(count, 0),
  sessionsDone: orElse(count, 0),
  guidelinesUrl: orElse(httpUrl, null),
  resources,
  manager: orElse(
    optional(nullable(fields<{ name: string; email?: string | null }>({ name: string, email: optional(nullable(string)) }))),
    null,
  ),
  closed: optional(nullable(closure)),
});

const programResponse = object(field => field('program', program));

export const getProgram = (request: Transport, { signal }: RequestOptions = {}): Promise<MentorshipProgram> =>
  request({ method: 'GET', path: '/program', signal, decode: programResponse });

export const closeProgram = (
  request: Transport,
  { summary, achievements, rating, comment, idempotencyKey, signal }: CloseProgramParams,
): Promise<MentorshipProgram> =>
  request({
    method: 'POST',
    path: '/program/close',
    body: { summary, achievements, rating, comment: comment ?? '' },
    idempotencyKey,
    signal,
    decode: programResponse,
  });
