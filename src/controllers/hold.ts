/**
 * Keeps a time reserved for the student while they confirm, on backends that can (`holdSlot`):
 * counts the hold down every second, takes it again when it lapses, and gives it back when the
 * student leaves the step or the component leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentorshipClient, SlotHold } from '../client/types.js';
import { clock } from '../internal/clock.js';

export interface HoldTarget {
  client: MentorshipClient;
  mentor: string;
  service: string;
  startsAt: string;
}

export class HoldController implements ReactiveController {
  hold?: SlotHold;
  private target?: HoldTarget;
  private ticker?: ReturnType<typeof setInterval>;
  private renewing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Runs a request the way the host reports failures. */
    private readonly run: <T>(operation: string, work: () => Promise<T>) => Promise<T>,
    /** Called when a lapsed hold cannot be taken again (someone else took the time). */
    private readonly onLost: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    void this.release();
  }

  /** Whole seconds left on the hold, or `undefined` without one. */
  get secondsLeft(): number | undefined {
    if (!this.hold) return undefined;
    return Math.max(0, Math.ceil((Date.parse(this.hold.expiresAt) - clock.now().getTime()) / 1000));
  }

  /** Holds the time, if the backend can. Rejects (e.g. `slot-taken`) when it cannot be held. */
  async acquire(target: HoldTarget): Promise<void> {
    const { client } = target;
    if (!client.capabilities.holds || !client.holdSlot) return;
    await this.release();
    this.target = target;
    this.hold = await this.run('hold', () =>
      client.holdSlot!({ mentor: target.mentor, service: target.service, startsAt: target.startsAt }),
    );
    this.startTicking();
    this.host.requestUpdate();
  }

  /** Gives the time back. A failure here needs nothing from the student: the hold lapses on its own. */
  async release(): Promise<void> {
    const { hold, target } = this;
    this.stopTicking();
    this.hold = undefined;
    this.target = undefined;
    if (hold && target?.client.releaseHold) {
      await target.client.releaseHold({ id: hold.id }).catch(() => undefined);
    }
  }

  /** The booking consumed the hold: forget it without releasing. */
  forget(): void {
    this.stopTicking();
    this.hold = undefined;
    this.target = undefined;
  }

  private startTicking(): void {
    this.stopTicking();
    this.ticker = setInterval(() => {
      this.host.requestUpdate();
      if (this.secondsLeft === 0) void this.renew();
    }, 1000);
  }

  private stopTicking(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private async renew(): Promise<void> {
    const target = this.target;
    if (!target || this.renewing) return;
    this.renewing = true;
    try {
      this.hold = await this.run('hold', () =>
        target.client.holdSlot!({ mentor: target.mentor, service: target.service, startsAt: target.startsAt }),
      );
      this.host.requestUpdate();
    } catch (error) {
      this.forget();
      this.onLost(error);
    } finally {
      this.renewing = false;
    }
  }
}
