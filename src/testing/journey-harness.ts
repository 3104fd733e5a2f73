import type { MentorshipJourney } from '../components/mentorship-journey/mentorship-journey.js';
import { Harness, textOf, until } from './harness.js';

/** What the closing form asks; the achievements one per line, as typed. */
export interface ClosingAnswers {
  achievements?: string;
  next: string;
  /** 1–5. */
  rating: number;
  comment?: string;
}

/** `<mentorship-journey>`: read the stages and the next step, close the programme, read the summary. */
export class JourneyHarness extends Harness<MentorshipJourney> {
  /** Waits until the journey (or why there is none) is shown. */
  async loaded(): Promise<void> {
    await until(() => this.one('[part="journey"], [part="unavailable"], [part="error"]') && !this.loading(), 'the journey never loaded');
  }

  /** Each stage as a screen reader hears it: "Orientation, you are here", "First meeting, done". */
  stages(): string[] {
    return this.all('[part~="stage"]').map(stage => textOf(stage));
  }

  /** The stage the student is at ("Regular meetings"), if any. */
  current(): string | undefined {
    const stage = this.one('[part~="stage"][aria-current="step"]');
    // Its name: the text outside the visually hidden state.
    return (
      stage &&
      [...stage.childNodes]
        .filter(node => node.nodeType === Node.TEXT_NODE)
        .map(node => node.textContent)
        .join('')
        .trim()
    );
  }

  /** The next step's buttons and links, as labelled. */
  actions(): string[] {
    return this.all('[part~="action"]').map(action => textOf(action));
  }

  /** Each row of the programme's facts (or of the closed programme's summary): label → value. */
  facts(part: 'facts' | 'summary' = 'facts'): Record<string, string> {
    return Object.fromEntries(this.all(`[part~="${part}"] dt`).map(term => [textOf(term), textOf(term.nextElementSibling)]));
  }

  /** Opens the closing form ("Close the programme", or "Leave the programme early" before the end nears), fills it in and sends it; waits for the outcome. */
  async close(answers: ClosingAnswers): Promise<void> {
    if (!this.one('[part="closing-form"]')) {
      const press = this.one('button[part~="close-program"]');
      if (!press) throw new Error('the journey offers no way to close the programme');
      press.click();
    }
    await this.waitFor('[part="closing-form"]', 'the closing form never opened', 5000);
    const type = (selector: string, text: string | undefined) => {
      const field = this.one<HTMLTextAreaElement>(selector);
      if (!field || text === undefined) return;
      field.value = text;
      field.dispatchEvent(new Event('input'));
    };
    type('#closing-achievements', answers.achievements);
    type('#closing-summary', answers.next);
    type('#closing-comment', answers.comment);
    this.all<HTMLInputElement>('input[name="rating"]')[answers.rating - 1]?.click();
    await this.element.updateComplete;
    this.one<HTMLButtonElement>('[part="closing-form"] [type="submit"]')!.click();
    await until(
      () => this.one('[part="summary"], [part="field-error"], [part="notice"]') && !this.loading(),
      'the closing never finished',
      5000,
    );
  }
}
