/**
 * `<mentor-availability>` as Ana García (weekdays 16:00–20:00 in Madrid) at Tuesday 24 November 2026,
 * 12:00 UTC; Sofía Herrera has booked her on Wednesday 25 at 16:00 Madrid.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpClient, createMemoryClient, type MentorAvailability, type MentorshipClient } from '../../src/index.js';
import { AvailabilityHarness } from '../../src/testing/index.js';
import type { HoursSavedEvent } from '../../src/events/hours-saved.js';
import { deepActiveElement } from '../support/card-harness.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';
import { countingClient } from '../support/counting-client.js';

const CODING = 'geekpal-coding-mentorship';
/** The seven days at 320 px (Ana's five weekdays with hours): 1,078 px before the compact rows, 781 after. */
const WEEK_AT_320 = 800;

describe('<mentor-availability>', () => {
  const backend = usePinnedBackend('2026-11-24T12:00:00.000Z');
  const saved = eventsPerTest<HoursSavedEvent>('mentorship-hours-saved');
  const ana = () => createMemoryClient({ store: backend.store, mentor: 'ana-garcia' });

  async function mountHours(locale = 'en', client: MentorshipClient = ana()) {
    const element = await mount<MentorAvailability>(html`<mentor-availability mentor="ana-garcia"></mentor-availability>`, {
      client,
      locale,
      timeZone: 'Europe/Madrid',
    });
    const ui = new AvailabilityHarness(element);
    await ui.loaded();
    return ui;
  }

  it('shows the week in the mentor’s zone and what students see in the next two weeks', async () => {
    const ui = await mountHours();
    expect(textOf(ui.one('[part="zone"] select option:checked'))).to.equal('Madrid');
    expect(ui.ranges('Monday')).to.deep.equal(['16:00–20:00']);
    expect(ui.ranges('Saturday')).to.deep.equal([]);
    expect(textOf(ui.day('Sunday'))).to.contain('Not available');
    const preview = await ui.preview();
    // Back-to-back starts in one run; Wednesday loses 16:00 and 16:30 to Sofía's session.
    expect(preview[0]).to.match(/^Tue, Nov 24: 7 free times: 4:00\s–\s7:00\sPM$/);
    expect(preview[1]).to.match(/^Wed, Nov 25: 5 free times: 5:00\s–\s7:00\sPM$/);
    expect(ui.text('[part="preview"]')).to.contain('Free times for GeekPal 1-1 Coding Mentorship');
  });

  for (const kind of ['memory', 'http'] as const)
    it(`adds a range with the keyboard, saves it once, and students’ free times follow (${kind} client)`, async () => {
      const ui = await mountHours('en', kind === 'http' ? createHttpClient({ baseUrl: '/api', getToken: () => 'ana-garcia' }) : ana());
      const add = ui.day('Saturday').querySelector<HTMLElement>('[part~="add-range"]')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ui.ranges('Saturday').length === 1, 'no range added');
      expect(ui.ranges('Saturday')).to.deep.equal(['09:00–10:00']);
      // The keyboard is on the new range's first time.
      expect(deepActiveElement()).to.equal(ui.day('Saturday').querySelector('[part="range"] input'));
      await ui.setTime('Saturday', 0, 'end', '12:00');
      await ui.save();
      expect(ui.notice()).to.equal('Hours saved. Students see your new free times now.');
      expect(saved()).to.have.length(1);
      expect((await ana().getMentorHours!()).weekly.filter(range => range.weekday === 6)).to.deep.equal([
        { weekday: 6, start: '09:00', end: '12:00' },
      ]);
      const student = createMemoryClient({ store: backend.store });
      const { slots } = await student.getAvailability({
        mentor: 'ana-garcia',
        service: CODING,
        from: '2026-11-28T00:00:00.000Z',
        to: '2026-11-29T00:00:00.000Z',
      });
      expect(slots.map(slot => slot.startsAt)).to.deep.equal(
        ['08:00', '08:30', '09:00', '09:30', '10:00'].map(time => `2026-11-28T${time}:00.000Z`),
      );
      await waitUntil(
        () => ui.all('[part="preview"] li').some(item => textOf(item).startsWith('Sat, Nov 28: 5 free times')),
        'the preview did not follow',
      );
    });

  it('after a save the preview asks only for the free times again, not the services and mentors', async () => {
    const { client, calls } = countingClient(ana());
    const ui = await mountHours('en', client);
    await ui.preview();
    const before = { ...calls };
    ui.day('Saturday').querySelector<HTMLElement>('[part~="add-range"]')!.click();
    await waitUntil(() => ui.ranges('Saturday').length === 1, 'no range added');
    await ui.save();
    await waitUntil(() => (calls.getAvailability ?? 0) > (before.getAvailability ?? 0), 'the preview did not ask again');
    expect([calls.listServices, calls.listMentors]).to.deep.equal([before.listServices, before.listMentors]);
  });

  for (const locale of ['en', 'es'])
    it(`fits a 320 px sidebar: each day's name and "Add hours" on one line, the week within ${WEEK_AT_320} px (${locale})`, async () => {
      const ui = await mountHours(locale);
      ui.element.style.cssText = 'display: block; width: 320px';
      await ui.element.updateComplete;
      const week = ui.one('[part="hours"] fieldset')!.getBoundingClientRect();
      expect(week.height).to.be.at.most(WEEK_AT_320);
      for (const day of ui.all('[part="day"]')) {
        const [name, add] = [day.querySelector('strong')!, day.querySelector('[part~="add-range"]')!].map(each =>
          each.getBoundingClientRect(),
        );
        expect(Math.abs(name.top - add.top), textOf(day)).to.be.below(12);
        expect(add.right).to.be.at.most(week.right + 0.5);
      }
      // A range's times and its × on one line.
      for (const range of ui.all('[part="range"]')) {
        const [from, remove] = [range.querySelector('input')!, range.querySelector('[part~="remove-range"]')!].map(each =>
          each.getBoundingClientRect(),
        );
        expect(Math.abs(from.top + from.height / 2 - (remove.top + remove.height / 2))).to.be.below(4);
      }
      expect(ui.element.scrollWidth).to.be.at.most(ui.element.clientWidth + 1);
    });

  it('says an overlap and an empty range beside their fields, puts the keyboard on the first, and saves nothing', async () => {
    const ui = await mountHours();
    ui.day('Monday').querySelector<HTMLElement>('[part~="add-range"]')!.click();
    await ui.element.updateComplete;
    await ui.setTime('Monday', 1, 'start', '19:00');
    await ui.setTime('Monday', 1, 'end', '21:00');
    await ui.setTime('Tuesday', 0, 'end', '15:00');
    await ui.save();
    expect(ui.errors()).to.deep.equal(['These hours overlap other hours that day.', 'The end must be after the start.']);
    expect(ui.text('[part="hours"]')).to.contain('2 fields need your attention.');
    await waitUntil(() => deepActiveElement()?.getAttribute('aria-invalid') === 'true', 'the keyboard is not on the first error');
    // The first in the form's order: Monday's second range.
    expect(deepActiveElement()).to.equal(ui.day('Monday').querySelectorAll('[part="range"]')[1].querySelector('input'));
    expect(saved()).to.have.length(0);
    expect((await ana().getMentorHours!()).weekly).to.have.length(5);
    // Mended, the errors go as it is typed.
    await ui.setTime('Tuesday', 0, 'end', '20:00');
    await ui.setTime('Monday', 1, 'start', '20:00');
    expect(ui.errors()).to.deep.equal([]);
  });

  it('lists a booked session inside new time off before saving; it stays booked', async () => {
    const ui = await mountHours();
    await ui.addTimeOff('2026-11-25', '2026-11-26', 'Conference');
    expect(ui.staysBooked()).to.contain('This session stays booked: cancel it yourself if you cannot take it.');
    expect(ui.staysBooked()).to.contain('Sofía Herrera · Wednesday, November 25 at 4:00');
    await ui.save();
    expect(ui.notice()).to.equal('Hours saved. Students see your new free times now.');
    expect((await ana().getMentorHours!()).timeOff).to.deep.equal([{ from: '2026-11-25', to: '2026-11-26', note: 'Conference' }]);
    const upcoming = await ana().listMentorSessions!({ status: 'upcoming' });
    expect(upcoming.map(session => session.student.name)).to.include('Sofía Herrera');
    await waitUntil(async () => !(await ui.preview()).some(day => day.startsWith('Wed, Nov 25')), 'the days off still show free times');
  });

  it('a day off is chosen as day, month and year in the widget’s language and order, with the keyboard (Spanish)', async () => {
    const ui = await mountHours('es');
    const element = ui.element;
    await sendKeys({ press: 'Tab' });
    ui.one<HTMLElement>('[part~="add-time-off"]')!.focus();
    await sendKeys({ press: 'Enter' });
    // The keyboard goes to the new day off's first choice: the day, as Spanish writes a date.
    await waitUntil(() => deepActiveElement()?.localName === 'select', 'the new day off never got the keyboard');
    const off = ui.all('[part="time-off"] .off').at(-1)!;
    const [first, last] = off.querySelectorAll('fieldset');
    expect(textOf(first.querySelector('legend'))).to.equal('Primer día');
    expect([...first.querySelectorAll('select')].map(select => select.getAttribute('aria-label'))).to.deep.equal(['Día', 'Mes', 'Año']);
    // Tomorrow is chosen to start with: 25 de noviembre de 2026, never a browser's "mm/dd/yyyy".
    const shown = (group: Element) => [...group.querySelectorAll('select')].map(select => select.selectedOptions[0].textContent.trim());
    expect(shown(first)).to.deep.equal(['25', 'Noviembre', '2026']);
    expect(element.shadowRoot!.querySelector('[part="time-off"] input[type="date"]')).to.equal(null);
    // The last day: typed on each choice. A first day after it would move it along.
    for (const [part, keys] of [
      ['day', '27'],
      ['month', 'Nov'],
      ['year', '2026'],
    ]) {
      last.querySelector<HTMLSelectElement>(`select[name$="-${part}"]`)!.focus();
      await sendKeys({ type: keys });
      await element.updateComplete;
    }
    expect(shown(last)).to.deep.equal(['27', 'Noviembre', '2026']);
    first.querySelector<HTMLSelectElement>('select[name$="-month"]')!.focus();
    await sendKeys({ type: 'Dic' });
    await element.updateComplete;
    expect(shown(first)).to.deep.equal(['25', 'Diciembre', '2026']);
    expect(shown(last)).to.deep.equal(['25', 'Diciembre', '2026']);
    expect(textOf(off.querySelector('[part~="remove-time-off"]'))).to.equal('Quitar los días libres desde el 25 de diciembre de 2026');
    await ui.save();
    expect(ui.notice()).to.contain('Horario guardado');
    expect((await ana().getMentorHours!()).timeOff).to.deep.equal([{ from: '2026-12-25', to: '2026-12-25', note: '' }]);
  });

  it('a student’s token: the backend’s words, no form', async () => {
    const element = await mount<MentorAvailability>(html`<mentor-availability mentor="ana-garcia"></mentor-availability>`, {
      client: createMemoryClient({ store: backend.store }),
    });
    const ui = new AvailabilityHarness(element);
    await ui.loaded();
    expect(ui.text('[part~="error"]')).to.equal('Only mentors can see this. Sign in with your mentor account.');
    expect(ui.one('[part="hours"]')).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const ui = await mountHours('es');
    expect(ui.text('[part="hours"] h3')).to.equal('Tu horario semanal');
    expect(ui.ranges('lunes')).to.deep.equal(['16:00–20:00']);
    expect(textOf(ui.day('domingo'))).to.contain('No disponible');
    expect((await ui.preview())[0]).to.match(/^mar, 24 nov: 7 horarios libres: 16:00\s?–\s?19:00$/);
  });
});
