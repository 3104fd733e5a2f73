import { expect } from '@open-wc/testing';
import { MentorshipError } from '../../src/index.js';

/** Awaits a call that must fail with a `MentorshipError`, and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<MentorshipError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(MentorshipError);
    return error as MentorshipError;
  }
  throw new Error('expected the call to fail');
}
