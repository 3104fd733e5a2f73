/**
 * Every event the library dispatches is a typed class made here: prefixed `mentorship-`, bubbling and
 * composed (so it leaves shadow roots and reaches the page), cancelable where it comes before a side
 * effect the page may want to stop.
 */
export function mentorshipEvent<Detail>(type: `mentorship-${string}`, options: { cancelable?: boolean } = {}) {
  return class extends CustomEvent<Detail> {
    constructor(detail: Detail) {
      super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
    }
  };
}
