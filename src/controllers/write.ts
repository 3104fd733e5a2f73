/**
 * The one write path. Every write of every tag — book, take a seat, move, book a series, cancel, rate,
 * check in, save a goal or the intake, close the programme — is a `WriteDefinition` of one of the
 * `WriteKind`s (src/writes/: one module per domain, so a tag carries only its own), run through the
 * tag's one `WriteController`. It owns, for all of them alike:
 *
 * - **The attempt.** While one is on its way (`busy`) or may have happened (`unconfirmed`), no other
 *   starts (`pending`). An attempt belongs to what it writes (its `signature`), not to the words typed:
 *   pressing again after an edit, a failure or a lost answer sends the same idempotency key, and the
 *   backend writes once. A lost answer is never shown as a failure: `settleWrite` asks again and
 *   looks; when nothing can tell, the state is `unconfirmed`, and `check()` asks again (the host's
 *   "Check again", the browser back online, the tab shown again, and on its own, less and less often).
 * - **The events.** The cancelable request (`mentorship-booking-request`, …) before anything is sent;
 *   the done event (`mentorship-booked`, `mentorship-goal-saved`, …) however the outcome was reached —
 *   on the document if the tag has left the page (a closed panel), so the page still refreshes.
 * - **The report.** A failure is reported as the write's operation (`mentorship-error`); an unconfirmed
 *   one once per attempt, not at every check that still cannot tell.
 * - **The notice and the keyboard.** The tag's words when done, the backend's (or ours) when refused,
 *   "could not confirm" when unknown; the keyboard goes to the notice (the buttons that led to it may be
 *   gone), or where the tag says once done.
 * - **Another student or backend.** When the client changes, the attempt is dropped, answers still on
 *   their way are not shown, the notice goes, and the tag's `forgotten` hook clears what it was writing.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { refusalText } from '../base/states.js';
import { settleWrite, type Write, type WriteOutcome } from '../client/settle.js';
import type { MentorshipClient } from '../client/types.js';
import { newIdempotencyKey } from '../utils/ids.js';
import type { Writes, WriteKind } from '../writes/kinds.js';
import type { LocalizeController } from './localize.js';
import { onReturn } from './on-return.js';

export type ActionState<T> = { status: 'idle' } | { status: 'busy' } | WriteOutcome<T>;

/** One write as the controller runs it: what it is reported as, what makes it the same attempt, and the write itself. */
export interface Action<T> {
  /** The operation a failure is reported as (see `MentorshipErrorEvent`). */
  operation: string;
  /** What is written: the same signature is the same attempt, with the same idempotency key. */
  signature: string;
  /** The write, given the attempt's idempotency key. */
  write: (idempotencyKey: string) => Write<T>;
  /** Hears each outcome of this attempt, however it was reached (a press or a check). */
  settled?: (outcome: WriteOutcome<T>) => void;
}

/** What every write of a kind is: the tag gives only its input and what to say. */
export interface WriteDefinition<K extends WriteKind> {
  kind: K;
  /** The operation a failure is reported as (`mentorship-error`'s `operation`). */
  operation: string;
  /** The same signature is the same attempt (and key): what is written, not the words typed. */
  signature(input: Writes[K]['input']): string;
  /** The write with the attempt's key: send, how to find it in the backend's lists, what is known of it. */
  write(input: Writes[K]['input'], idempotencyKey: string): Write<Writes[K]['value']>;
  /** The cancelable event announced before anything is sent, if the write has one. */
  request?(input: Writes[K]['input']): Event;
  /** The event announced once done. */
  done(value: Writes[K]['value'], input: Writes[K]['input']): Event;
}

export interface Notice {
  kind: 'success' | 'error' | 'info';
  text: string;
  /** Shown at this record (a session's id) rather than at the top. */
  at?: string;
}

export interface WriteOptions<T> {
  /**
   * The words once done. Without them (and with `notice: false`) no notice: a tag that shows the
   * outcome its own way (the card's "Booked" step) says it there.
   */
  said?: (value: T) => string;
  /** `false`: the tag shows failures its own way (the card's step). */
  notice?: boolean;
  /** Where a refusal's notice shows: at this record (a session's id) rather than at the top. */
  at?: string;
  /** Where the words once done show (default: at the top). */
  saidAt?: string;
  /** Where the keyboard goes once done; default the notice. A failure's notice always takes it. */
  focus?: string | false;
  /** The words for a write that may have happened; default "We could not confirm whether that went through". */
  unconfirmed?: string;
  /** The tag's own follow-up of each outcome (close the form, show the booked step). */
  settled?: (outcome: WriteOutcome<T>) => void;
}

/** What the controller needs of its tag (the element's protected members, handed over explicitly). */
export interface WriteAccess {
  host: ReactiveControllerHost & Pick<HTMLElement, 'dispatchEvent' | 'isConnected'>;
  client(): MentorshipClient | undefined;
  localize: LocalizeController;
  /** Announces a failed or unconfirmed outcome the way the tag reports failures. */
  report(operation: string, error: unknown): void;
  /** Puts the keyboard on `selector` once it is rendered (the element's `focusWhenShown`). */
  focus(selector: string): void;
  /** Another student or backend: clear what the tag was writing (a draft, a chosen time). */
  forgotten?(): void;
}

interface Attempt<T> {
  action: Action<T>;
  key: string;
}

/** How long an unconfirmed write waits before it is checked on its own; each wait doubles, up to 16 times that. */
export const RECHECK = { firstMs: 15_000 };

const NOTICE = '[part~="notice"]';

export class WriteController<T = unknown> implements ReactiveController {
  state: ActionState<T> = { status: 'idle' };
  /** A message after a write (or one the tag says with `say`). */
  notice: Notice | undefined;
  #attempt: Attempt<T> | undefined;
  /** Bumped by `forget()`: answers to attempts made before it are not shown. */
  #generation = 0;
  #stopRechecking?: () => void;
  #recheckTimer?: ReturnType<typeof setTimeout>;
  #recheckDelay = RECHECK.firstMs;
  #client: MentorshipClient | undefined;

  constructor(private readonly access: Pick<WriteAccess, 'host' | 'report'> & Partial<WriteAccess>) {
    access.host.addController(this);
    this.#client = access.client?.();
  }

  hostConnected(): void {
    this.#stopRechecking = onReturn(() => void this.check());
  }

  hostDisconnected(): void {
    this.#stopRechecking?.();
    clearTimeout(this.#recheckTimer);
  }

  /** Another student or backend since the last render: nothing of the old one's writes is shown. */
  hostUpdate(): void {
    const client = this.access.client?.();
    if (client === this.#client) return;
    const had = this.#client;
    this.#client = client;
    if (!had) return;
    this.forget();
    this.notice = undefined;
    this.access.forgotten?.();
  }

  /** A write is on its way: the host disables what would start another. */
  get busy(): boolean {
    return this.state.status === 'busy';
  }

  /** On its way or possibly done: nothing else may be written from here until it is known. */
  get pending(): boolean {
    return this.busy || this.state.status === 'unconfirmed';
  }

  /**
   * Runs one write of a kind for the tag: the request event (the page may stop it), the attempt, the
   * done event, the notice and the keyboard. `undefined` if one is pending, the page stopped it, or the
   * student or backend changed meanwhile.
   */
  async write<K extends WriteKind>(
    definition: WriteDefinition<K>,
    input: Writes[K]['input'],
    options: WriteOptions<Writes[K]['value']> = {},
  ): Promise<WriteOutcome<Writes[K]['value']> | undefined> {
    if (this.pending) return undefined;
    const request = definition.request?.(input);
    if (request && !this.access.host.dispatchEvent(request)) return undefined;
    if (options.notice !== false) this.notice = undefined;
    type Value = Writes[K]['value'];
    const action: Action<Value> = {
      operation: definition.operation,
      signature: definition.signature(input),
      write: key => definition.write(input, key),
      settled: outcome => {
        const { host } = this.access;
        if (outcome.status === 'done') {
          // A component taken off the page meanwhile still tells the page, which refreshes.
          (host.isConnected ? host : document).dispatchEvent(definition.done(outcome.value, input));
        }
        this.#tell(outcome, options);
        options.settled?.(outcome);
      },
    };
    // The state is the last write's, whatever its kind.
    return (await (this as WriteController<unknown>).run(action as Action<unknown>)) as WriteOutcome<Value> | undefined;
  }

  /** A notice of the tag's own (a missing answer, a picker that could not load); the keyboard goes to it unless `focus` is false. */
  say(kind: Notice['kind'], text: string, at?: string, focus = true): void {
    this.notice = { kind, text, at };
    this.access.host.requestUpdate();
    if (focus) this.access.focus?.(NOTICE);
  }

  /** The notice, where it is shown: at the top (no `at`), or at the record it is about. */
  renderNotice(at?: string): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice || notice.at !== at) return nothing;
    return html`<p part="notice" class="notice notice--${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'} tabindex="-1">
      ${notice.text}
    </p>`;
  }

  #tell<V>(outcome: WriteOutcome<V>, options: WriteOptions<V>): void {
    const { localize } = this.access;
    if (outcome.status === 'done') {
      const text = options.said?.(outcome.value);
      if (text) this.notice = { kind: 'success', text, at: options.saidAt };
      const focus = options.focus ?? (text ? NOTICE : false);
      if (focus) this.access.focus?.(focus);
    } else if (options.notice !== false && localize) {
      // Nothing written is lost: the form stays as it was, with the backend's words.
      const text =
        outcome.status === 'unconfirmed'
          ? (options.unconfirmed ?? localize.catalog.errors.unconfirmed)
          : refusalText(localize, outcome.error);
      this.say('error', text, options.at);
    }
  }

  /**
   * Runs `action` unless one is pending (then `undefined`), keeping the last attempt's key when the
   * signature is the same; returns the outcome, or `undefined` if `forget()` came first.
   */
  async run(action: Action<T>): Promise<WriteOutcome<T> | undefined> {
    if (this.pending) return undefined;
    if (this.#attempt?.action.signature !== action.signature) this.#attempt = { action, key: newIdempotencyKey() };
    // The latest words go with the attempt; its key stays.
    this.#attempt.action = action;
    return this.#send(this.#attempt);
  }

  /**
   * Asks again whether an unconfirmed write went through: the same write, with the words it was first
   * sent with and the same key (a backend answers the first result; a refusal is looked up).
   */
  async check(): Promise<void> {
    const attempt = this.#attempt;
    if (attempt && this.state.status === 'unconfirmed') await this.#send(attempt);
  }

  /** Back to idle, keeping the attempt's key for a retry of the same write. Not while one is pending. */
  reset(): void {
    if (!this.pending) this.#setState({ status: 'idle' });
  }

  /** Another student, client or backend: drop the attempt, and do not show answers still on their way. */
  forget(): void {
    clearTimeout(this.#recheckTimer);
    this.#generation += 1;
    this.#attempt = undefined;
    this.#setState({ status: 'idle' });
  }

  async #send(attempt: Attempt<T>): Promise<WriteOutcome<T> | undefined> {
    const generation = this.#generation;
    const { action, key } = attempt;
    const wasUnconfirmed = this.state.status === 'unconfirmed';
    clearTimeout(this.#recheckTimer);
    this.#setState({ status: 'busy' });
    const outcome = await settleWrite(action.write(key));
    // Forgotten meanwhile, or another student's client now: their answer is not shown here.
    if (generation !== this.#generation) return undefined;
    if (this.access.client && this.access.client() !== this.#client) {
      this.hostUpdate();
      return undefined;
    }
    if (outcome.status === 'failed' || (outcome.status === 'unconfirmed' && !wasUnconfirmed))
      this.access.report(action.operation, outcome.error);
    if (outcome.status === 'done') this.#attempt = undefined;
    this.#setState(outcome);
    if (outcome.status === 'unconfirmed') {
      // Keep checking while the page is open, less often each time.
      this.#recheckDelay = wasUnconfirmed ? Math.min(this.#recheckDelay * 2, RECHECK.firstMs * 16) : RECHECK.firstMs;
      this.#recheckTimer = setTimeout(() => void this.check(), this.#recheckDelay);
    }
    action.settled?.(outcome);
    return outcome;
  }

  #setState(state: ActionState<T>): void {
    this.state = state;
    this.access.host.requestUpdate();
  }
}
