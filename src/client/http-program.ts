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

const closure = fields<ProgramClosure>({
  at: instant,
  summary: text,
  achievements: strings,
  rating: starRating,
  comment: optional(string),
});

const program = fields<MentorshipProgram>({
  name: string,
  startsAt: instant,
  endsAt: instant,
  sessionsPlanned: nonNegativeInteger,
  sessionsDone: nonNegativeInteger,
  guidelinesUrl: httpUrl,
  resources,
  manager: optional(nullable(fields<{ name: string; email?: string | null }>({ name: string, email: optional(nullable(string)) }))),
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
