/**
 * What a mentor reads about a session before it starts: what the student wrote, the goal it is for
 * (its action plan and progress), their intake, their last check-in and how many sessions came
 * before. Pure templates over the session the backend gave: every text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MentorSession } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { intl } from '../../utils/intl.js';
import { formatInZone } from '../../utils/time.js';

const FIT_SAID = { good: 'fitGoodSaid', unsure: 'fitUnsureSaid', poor: 'fitPoorSaid' } as const;

/** A calendar day (`2026-12-20`) as this language writes it: the same day in every zone. */
function dayOf(day: string, locale: string): string {
  return formatInZone(`${day}T12:00:00Z`, locale, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The session's context, open on the next session (the one to prepare for). */
export function renderContext(localize: LocalizeController, session: MentorSession, open: boolean): TemplateResult {
  const { student, goal, intake, lastCheckIn } = session;
  const { locale } = localize;
  const list = intl(Intl.ListFormat, locale, { type: 'conjunction' });
  const languages = intl(Intl.DisplayNames, locale, { type: 'language' });
  const name = (tag: string) => {
    try {
      return languages.of(tag) ?? tag;
    } catch {
      // Not a language tag: shown as the backend wrote it.
      return tag;
    }
  };
  const fit = lastCheckIn?.fit && Object.hasOwn(FIT_SAID, lastCheckIn.fit) ? FIT_SAID[lastCheckIn.fit as keyof typeof FIT_SAID] : undefined;
  return html`<details part="context" class="context" ?open=${open}>
    <summary>${localize.term('aboutStudent', student.name)}</summary>
    <dl>
      ${student.program ? html`<dt>${localize.term('programLabel')}</dt><dd>${student.program}</dd>` : nothing}
      ${
        student.closingWords
          ? html`<dt>${localize.term('closingWords', student.name, dayOf(student.closingWords.at.slice(0, 10), locale))}</dt>
            <dd part="closing-words">“${student.closingWords.comment}”</dd>`
          : nothing
      }
      ${session.agenda ? html`<dt>${localize.term('theyWrote', student.name)}</dt><dd>${session.agenda}</dd>` : nothing}
      ${
        goal
          ? html`<dt>${localize.term('sessionGoal')}</dt>
            <dd part="goal">
              <p>
                <strong>${goal.title}</strong>
                <span class="muted">· ${localize.term('goalDueBy', dayOf(goal.targetDate, locale))}</span>
              </p>
              ${goal.successCriteria ? html`<p class="muted">${goal.successCriteria}</p>` : nothing}
              <progress max="100" value=${goal.progress} aria-label=${localize.term('goalDone', goal.progress)}></progress>
              <p class="muted">${localize.term('goalDone', goal.progress)}</p>
              ${
                goal.steps.length
                  ? html`<ul class="steps">
                      ${goal.steps.map(
                        step =>
                          html`<li class=${step.done ? 'done' : ''}>
                            ${step.title} <span class="visually-hidden">(${localize.term(step.done ? 'stepDone' : 'stepToDo')})</span>
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </dd>`
          : nothing
      }
      ${
        intake
          ? html`${intake.goals ? html`<dt>${localize.term('wantsTo')}</dt><dd>${intake.goals}</dd>` : nothing}
            ${intake.skills.length ? html`<dt>${localize.term('skillsLabel')}</dt><dd>${list.format(intake.skills)}</dd>` : nothing}
            ${
              intake.languages.length
                ? html`<dt>${localize.term('languagesLabel')}</dt><dd>${list.format(intake.languages.map(name))}</dd>`
                : nothing
            }`
          : nothing
      }
      ${
        lastCheckIn
          ? html`<dt>${localize.term('lastCheckIn')}</dt>
            <dd part="last-check-in">
              <p>
                <span aria-hidden="true">${'★'.repeat(lastCheckIn.rating)}${'☆'.repeat(5 - lastCheckIn.rating)}</span>
                ${localize.term('checkInRating', lastCheckIn.rating)}
              </p>
              ${fit ? html`<p>${localize.term(fit)}</p>` : nothing}
              ${lastCheckIn.comment ? html`<p>“${lastCheckIn.comment}”</p>` : nothing}
            </dd>`
          : nothing
      }
    </dl>
    <p class="muted">${localize.term('sessionsTogether', session.sessionsTogether)}</p>
  </details>`;
}
