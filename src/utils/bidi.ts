/** Right-to-left letters and the invisible controls that change direction. */
const DIRECTIONAL = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A value to put inside a sentence, isolated (FSI … PDI) when it could change the direction of what
 * surrounds it: a right-to-left name, or a name carrying an override, cannot reverse the sentence.
 * Plain left-to-right text is returned as it is.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text}\u2069` : text;
}
