/**
 * The card's page object for our tests: the one we ship (`mentorship-widgets/testing`), plus what only
 * a test runner can do (real key presses).
 */
import { sendKeys } from '@web/test-runner-commands';
import { CardHarness as ShippedCardHarness, deepActiveElement } from '../../src/testing/index.js';

export { deepActiveElement, deepQueryAll } from '../../src/testing/index.js';

export class CardHarness extends ShippedCardHarness {
  /** Presses Tab until `matches` holds for the focused element; fails if it is never reached. */
  async tabTo(matches: (element: Element) => boolean, description: string, limit = 40): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      const active = deepActiveElement();
      if (active && matches(active)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`could not reach ${description} with Tab`);
  }
}
