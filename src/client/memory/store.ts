/**
 * An in-memory mentorship backend for many students: the semantics of the REST contract without a
 * server. `createMemoryClient` wraps it for one student; the demo's MSW handlers serve it over HTTP.
 * Its records and catalog are in store-records.ts, and each domain builds on them in its own module:
 * goals, series, sessions, the programme and profile, the mentor's side. A method of the contract goes in its domain's
 * module; `MemoryBackend` makes one the store lacks a type error here.
 */
import type { MemoryBackend } from './store-records.js';
import { MentorRecords } from './store-mentor.js';

export type {
  BookingRequest,
  CheckInRequest,
  FeedbackRequest,
  MemoryBackend,
  MemoryStoreOptions,
  RescheduleRequest,
  SeatRequest,
  SeriesPreviewRequest,
  SeriesRequest,
  SlotRequest,
  StoreParams,
} from './store-records.js';

export class MemoryStore extends MentorRecords implements MemoryBackend {}
