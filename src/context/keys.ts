/**
 * Context keys shared by `<mentorship-provider>` and every component. They are strings, not
 * symbols, so two copies of the library on one page still find each other's provider.
 */
import { createContext } from '@lit/context';
import type { MentorshipClient } from '../client/types.js';

export const clientContext = createContext<MentorshipClient | undefined>('mentorship-widgets:client');
/** A BCP 47 tag, e.g. `es-MX`. */
export const localeContext = createContext<string | undefined>('mentorship-widgets:locale');
/** An IANA zone, e.g. `America/Bogota`. */
export const timeZoneContext = createContext<string | undefined>('mentorship-widgets:time-zone');
