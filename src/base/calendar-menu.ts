/**
 * "Add to calendar" as a choice, as Calendly's and Cal.com's confirmations offer it: Google Calendar
 * and Outlook (personal, or Microsoft 365 at work or school) open their own "new event" page with the
 * session filled in; the `.ics` file serves Apple Calendar and every other. Built from the session
 * alone — its times, title, agenda and join link (`http(s)` only) —, with nothing added to follow the
 * student. A series' meetings go as one `.ics` file at once: those pages take one event.
 *
 * The choice is a popover beside the button (the top layer: no sidebar's overflow cuts it; Escape and a
 * press elsewhere close it, and the keyboard goes back to the button), made here rather than in each
 * tag's template, so that the tags carry none of it until the first press.
 */
import { css } from 'lit';
import type { LocalizeController } from '../controllers/localize.js';
import '../i18n/en/calendar.js';
import { adoptSheet } from '../styles/base.js';
import { downloadSessionCalendar, type CalendarSession } from '../utils/ics.js';
import { safeHttpUrl } from '../utils/url.js';

const styles = css`
  [part='calendar-menu'] {
    inset: auto;
    margin: 0;
    padding: 4px;
    min-width: 13rem;
    max-width: calc(100vw - 16px);
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  [part='calendar-menu'] > a,
  [part='calendar-menu'] > button {
    display: flex;
    align-items: center;
    width: 100%;
    min-height: 36px;
    padding: 6px 10px;
    border: 0;
    border-radius: 6px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  [part='calendar-menu'] > :hover {
    background: var(--_surface-alt);
  }
`;

/** An instant as Google Calendar reads it: `20261124T150000Z`. */
const compact = (instant: string) => new Date(instant).toISOString().replace(/[-:]|\.\d{3}/g, '');

/** The "new event" pages of Google Calendar, Outlook.com and Microsoft 365 for one session. */
export function calendarLinks(session: CalendarSession, summary: string): { google: string; outlook: string; office: string } {
  const join = safeHttpUrl(session.joinUrl);
  const details = [session.agenda, join].filter(Boolean).join('\n\n');
  const where: Record<string, string> = join ? { location: join } : {};
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: summary,
    dates: `${compact(session.startsAt)}/${compact(session.endsAt)}`,
    details,
    ...where,
  });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: summary,
    startdt: new Date(session.startsAt).toISOString(),
    enddt: new Date(session.endsAt).toISOString(),
    body: details,
    ...where,
  });
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook}`,
    office: `https://outlook.office.com/calendar/0/deeplink/compose?${outlook}`,
  };
}

/** The menu open now. */
let open: { menu: HTMLElement; button: HTMLElement } | undefined;
/**
 * A press on the button of an open menu closes it before the click (the popover's light dismiss, on
 * pointerdown): that click must not open it again.
 */
let dismissedBy: { button: HTMLElement; at: number } | undefined;

export function offerCalendar(
  button: HTMLElement,
  localize: LocalizeController,
  sessions: CalendarSession | CalendarSession[],
  summary: string,
  reminderMinutes?: number | null,
): void {
  const root = button.getRootNode() as ShadowRoot;
  const list = [sessions].flat();
  const download = () => downloadSessionCalendar(root, list, summary, reminderMinutes);
  if (list.length !== 1) return download();
  if (open?.button === button) return open.menu.hidePopover();
  if (dismissedBy?.button === button && performance.now() - dismissedBy.at < 1000) {
    dismissedBy = undefined;
    return;
  }

  adoptSheet(root, styles);
  const links = calendarLinks(list[0], summary);
  const menu = document.createElement('div');
  menu.popover = 'auto';
  menu.id = 'calendar-menu';
  menu.setAttribute('part', 'calendar-menu');
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', localize.term('addToCalendar'));
  for (const [label, href] of [
    ['calendarGoogle', links.google],
    ['calendarOutlook', links.outlook],
    ['calendarOffice', links.office],
  ] as const) {
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.append(localize.term(label));
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = ` ${localize.term('opensInNewTab')}`;
    link.append(hint);
    menu.append(link);
  }
  const file = document.createElement('button');
  file.type = 'button';
  file.textContent = localize.term('calendarFile');
  menu.append(file);
  menu.addEventListener('click', event => {
    if (event.target === file) download();
    if ((event.target as Element).closest('a, button')) menu.hidePopover();
  });

  const place = () => {
    const anchor = button.getBoundingClientRect();
    const width = menu.offsetWidth;
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    // Below the button; above it when there is no room below.
    const below = anchor.bottom + 4 + menu.offsetHeight <= innerHeight;
    menu.style.left = `${left}px`;
    menu.style.top = `${below ? anchor.bottom + 4 : Math.max(8, anchor.top - 4 - menu.offsetHeight)}px`;
  };
  // A scroll moves the button away from a menu in the top layer: the menu closes rather than float.
  const scrolled = (event: Event) => !menu.contains(event.target as Node) && menu.hidePopover();
  const pressed = () => (dismissedBy = { button, at: performance.now() });
  menu.addEventListener('toggle', event => {
    if (event.newState !== 'closed') return;
    const hadFocus = menu.contains(root.activeElement) || root.activeElement === null;
    open = undefined;
    removeEventListener('scroll', scrolled, true);
    button.removeEventListener('pointerdown', pressed);
    button.setAttribute('aria-expanded', 'false');
    menu.remove();
    if (hadFocus && button.isConnected) button.focus();
  });

  root.append(menu);
  menu.showPopover();
  place();
  open = { menu, button };
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-controls', menu.id);
  addEventListener('scroll', scrolled, true);
  button.addEventListener('pointerdown', pressed);
  menu.querySelector('a')!.focus();
}
