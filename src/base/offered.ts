import type { ClientCapabilities, MentorshipClient } from '../client/types.js';

/**
 * What a capability offers, asked only if the client offers it; `undefined` when it does not — also
 * when the backend's own declaration (`GET /capabilities`, which the HTTP client reads beside this
 * very call) turns it off meanwhile, whatever the call answered: a tag never shows, nor fails on,
 * what the backend said it lacks.
 */
export async function offered<T>(
  client: MentorshipClient,
  flag: keyof ClientCapabilities,
  call: false | (() => Promise<T>),
): Promise<T | undefined> {
  const off = () => !call || !client.capabilities[flag];
  if (off()) return undefined;
  try {
    const value = await (call as () => Promise<T>)();
    return off() ? undefined : value;
  } catch (error) {
    if (off()) return undefined;
    throw error;
  }
}
