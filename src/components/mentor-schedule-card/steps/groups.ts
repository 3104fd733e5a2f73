/** A group service's step, fetched with its sessions (open-flow.ts): the seats left; full and joined ones disabled. */
import { html, type TemplateResult } from 'lit';
import type { GroupSession } from '../../../client/types.js';
import '../../../i18n/en/groups.js';
import { fullDateTimeInZone } from '../../../utils/time.js';
import type { StepView } from './view.js';

export function renderGroupList(view: StepView, groups: GroupSession[]): TemplateResult {
  const { localize } = view;
  if (groups.length === 0) return html`<p part="empty" class="state" role="status">${localize.term('noGroupSessions')}</p>`;
  return html`<ul class="services">
    ${groups.map(group => {
      const seats = group.joined
        ? localize.term('seatTaken')
        : group.seatsLeft
          ? localize.term('seatsLeft', group.seatsLeft)
          : localize.term('groupFull');
      return html`<li>
        <button
          part="group-session"
          class="service"
          type="button"
          ?disabled=${group.joined || !group.seatsLeft}
          @click=${() => view.dispatch({ type: 'group', group })}
        >
          <strong><bdi>${group.title}</bdi></strong>
          <span>${fullDateTimeInZone(group.startsAt, localize.locale, view.timeZone)} · <bdi>${group.mentor.name}</bdi></span>
          <span part="seats">${seats}</span>
        </button>
      </li>`;
    })}
  </ul>`;
}
