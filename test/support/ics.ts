/**
 * Reading back the `.ics` files the widgets offer: catches the download, checks RFC 5545's line rules
 * and gives the fields of the one event.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mouseClick } from './fixtures.js';

/**
 * Presses "Add to calendar" (`button`) with the mouse and waits for its choices: Google Calendar,
 * Outlook.com, Microsoft 365 and the .ics file, in a popover beside it.
 */
export async function openCalendarChoices(button: HTMLElement): Promise<HTMLElement> {
  await mouseClick(button);
  const root = button.getRootNode() as ShadowRoot;
  await waitUntil(() => root.querySelector('[part="calendar-menu"]')?.matches(':popover-open'), 'no calendar choices shown');
  return root.querySelector<HTMLElement>('[part="calendar-menu"]')!;
}

/** The .ics file "Add to calendar" offers for one session: its choices opened, then the file chosen. */
export async function icsFromChoices(button: HTMLElement): Promise<Blob> {
  const menu = await openCalendarChoices(button);
  const [blob] = await downloadsDuring(() => mouseClick(menu.querySelector('button')!));
  return blob;
}

/** Records the blobs offered as downloads while `run` runs, and until the first one is offered. */
export async function downloadsDuring(run: () => unknown): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const realCreate = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return realCreate.call(URL, blob);
  };
  try {
    await run();
    // The .ics writer is a chunk fetched on demand: the download may come a moment after the click.
    await waitUntil(() => blobs.length > 0, 'nothing was offered for download');
  } finally {
    URL.createObjectURL = realCreate;
  }
  return blobs;
}

/** The fields of a one-event calendar (its reminder's as `VALARM.…`), after checking CRLF endings, 75-octet folding and the envelope. */
export async function parseIcs(blob: Blob): Promise<Record<string, string>> {
  expect(blob.type).to.equal('text/calendar;charset=utf-8');
  const ics = await blob.text();
  expect(ics.endsWith('\r\n')).to.equal(true);
  for (const line of ics.slice(0, -2).split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
  const unfolded = ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  expect(unfolded[0]).to.equal('BEGIN:VCALENDAR');
  expect(unfolded.at(-1)).to.equal('END:VCALENDAR');
  // A reminder's fields are named `VALARM.<NAME>`, apart from the event's own.
  let inAlarm = false;
  const fields: Array<[string, string]> = [];
  for (const line of unfolded) {
    const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else fields.push([inAlarm ? `VALARM.${name}` : name, value]);
  }
  return Object.fromEntries(fields);
}

/** Each event of a calendar with several (a series' meetings), as `parseIcs` gives one event's fields. */
export async function parseIcsEvents(blob: Blob): Promise<Array<Record<string, string>>> {
  await parseIcs(blob);
  const unfolded = (await blob.text()).replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  const events: Array<Record<string, string>> = [];
  let inAlarm = false;
  for (const line of unfolded) {
    const name = line.slice(0, line.indexOf(':'));
    const value = line.slice(line.indexOf(':') + 1);
    if (line === 'BEGIN:VEVENT') events.push({});
    else if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (events.length && line !== 'END:VEVENT' && !line.startsWith('END:VCALENDAR'))
      events.at(-1)![inAlarm ? `VALARM.${name}` : name] = value;
  }
  return events;
}
