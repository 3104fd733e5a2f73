/**
 * What one tag asks of another — a journey's next step, "Book a session for this goal", "Find another
 * mentor" — is one of our cancelable events. It bubbles to the page, which may cancel it and do it its
 * own way (the answering tags' methods are public: `openBooking`, `startIntake`, `startGoal`,
 * `showCheckIn`). Otherwise the `<mentorship-provider>` around the asking tag offers, as the event
 * passes it, the answer of its tag for it (`answerWith`), and the asking tag runs that answer once the
 * event is through (`ask`, `answered`). A tag never looks another up in the page.
 */
const answers = new WeakMap<Event, () => unknown>();

/** For a provider: what answers `request` unless the page cancels it. The nearest provider's offer stands. */
export function answerWith(request: Event, answer: () => unknown): void {
  if (!answers.has(request)) answers.set(request, answer);
}

/** For the tag that asked, once `request` has been dispatched: runs its answer unless the page cancelled it; whether it did. */
export function answered(request: Event): boolean {
  const answer = request.defaultPrevented ? undefined : answers.get(request);
  answer?.();
  return Boolean(answer);
}

/** Dispatches `request` from `asker` and runs its answer (see `answered`). */
export function ask(asker: EventTarget, request: Event): boolean {
  asker.dispatchEvent(request);
  return answered(request);
}
