/** Credit arithmetic the components share: which buckets pay for a service, and how many sessions they hold. */
import type { CreditBucket } from './types.js';

/** The buckets that pay for `service`, or all of them. */
export function bucketsFor(buckets: readonly CreditBucket[], service: string | undefined): CreditBucket[] {
  return service ? buckets.filter(bucket => bucket.services.includes(service)) : [...buckets];
}

/** Sessions the student can still book from these buckets: `null` when unlimited. */
export function sessionsAvailable(buckets: readonly CreditBucket[]): number | null {
  if (buckets.some(bucket => bucket.remaining === null)) return null;
  return buckets.reduce((sum, bucket) => sum + (bucket.remaining ?? 0), 0);
}
