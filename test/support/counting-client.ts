import type { MentorshipClient } from '../../src/index.js';

/** Wraps a client and counts the calls made to each method. */
export function countingClient(inner: MentorshipClient): { client: MentorshipClient; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const client = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(key)] = (calls[String(key)] ?? 0) + 1;
        return value.apply(target, args);
      };
    },
  });
  return { client, calls };
}
