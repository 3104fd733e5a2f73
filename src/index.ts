/**
 * mentorship-widgets: the public API. Importing this module registers every tag.
 */
export type * from './client/types.js';
export { MentorshipError, isMentorshipError, ERROR_CODES, type MentorshipErrorCode } from './client/errors.js';
export { createHttpClient, type HttpClientOptions } from './client/http.js';
export { createMemoryClient, type MemoryClientOptions } from './client/memory/client.js';
export { MemoryStore, type MemoryStoreOptions, type BookingRequest, type SlotRequest } from './client/memory/store.js';
export {
  createDemoDataset,
  DEMO_STUDENT,
  type MemoryDataset,
  type MemoryMentor,
  type MemoryStudent,
  type SeedBooking,
  type WeeklyWindow,
} from './client/memory/dataset.js';
export { clientContext, localeContext, timeZoneContext } from './context/keys.js';
export { MentorshipElement } from './internal/mentorship-element.js';
export { MentorshipProvider } from './components/mentorship-provider/mentorship-provider.js';

import './components/mentorship-provider/define.js';
