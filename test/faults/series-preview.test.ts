/**
 * A series preview read tolerantly, and never booked as shown when it does not answer what was asked:
 * through the HTTP client, with the preview's answer rewritten on its way (MSW).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { MentorScheduleCard } from '../../src/index.js';
import { wireSeriesPreview } from '../../demo/mocks/wire.js';
import { CardHarness } from '../support/card-harness.js';
import { mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z';
/** Wednesday 25 November 2026, 17:00 in Madrid: Ana's hours. */
const WED = '2026-11-25T16:00:00.000Z';

type WirePreview = ReturnType<typeof wireSeriesPreview> & { credits: Record<string, unknown> };

describe('<mentor-schedule-card>: a series preview that does not hold', () => {
  const backend = usePinnedBackend(NOW);

  /** Serves the store's own preview for what was asked, changed by `rewrite`; counts the bookings sent. */
  async function previewRewritten(rewrite: (preview: WirePreview) => JsonBodyType): Promise<{ booked: () => number }> {
    let bookings = 0;
    (await worker()).use(
      http.post('/api/series/preview', async ({ request }) => {
        const body = (await request.json()) as { mentor: string; service: string; starts_at: string; every: 'week'; count: number };
        const preview = backend.store.previewSeries('demo-student', {
          mentor: body.mentor,
          service: body.service,
          startsAt: body.starts_at,
          every: body.every,
          count: body.count,
        });
        return HttpResponse.json(rewrite(wireSeriesPreview(preview) as WirePreview));
      }),
      http.post('/api/series', () => {
        bookings += 1;
        return undefined;
      }),
    );
    return { booked: () => bookings };
  }

  async function repeatWeekly(): Promise<CardHarness> {
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
      {
        apiBase: '/api',
      },
    );
    const ui = new CardHarness(card);
    await ui.chooseTime(WED);
    const repeat = await ui.waitFor<HTMLSelectElement>('[part="repeat-field"] select');
    repeat.value = 'week';
    repeat.dispatchEvent(new Event('change'));
    await waitUntil(() => ui.one('[part="series-cost"], [part="series-problem"]'), 'the series was never previewed', { timeout: 5000 });
    return ui;
  }

  it('52 dates for the 4 meetings asked: refused in words, Book unavailable, nothing sent', async () => {
    const { booked } = await previewRewritten(preview => ({
      ...preview,
      occurrences: Array.from({ length: 13 }, () => preview.occurrences).flat(),
    }));
    const ui = await repeatWeekly();
    expect(ui.text('[part="series-problem"]')).to.equal(
      'The dates we received do not match the 4 meetings you asked for, so they cannot be booked. Try again, or book one session.',
    );
    expect(ui.all('[part~="occurrence"]'), 'no date offered').to.have.length(0);
    const book = ui.one<HTMLButtonElement>('[part~="confirm"]')!;
    expect(book.getAttribute('aria-disabled')).to.equal('true');
    book.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(booked()).to.equal(0);
  });

  it('a status it does not know is said as such, not as "outside the hours", and is not booked as free', async () => {
    await previewRewritten(preview => ({
      ...preview,
      occurrences: preview.occurrences.map((occurrence, index) =>
        index === 2 ? { ...occurrence, status: 'tentative', alternative: null } : occurrence,
      ),
    }));
    const ui = await repeatWeekly();
    const third = ui.all('[part~="occurrence"]')[2];
    expect(textOf(third)).to.contain('Cannot be booked here');
    expect(textOf(third)).not.to.contain('Outside your mentor’s hours');
    expect(ui.text('[part~="confirm"]')).to.equal('Book 3 sessions');
  });

  it('a meeting without `ends_at` keeps its place (its length is the others’); a `needed` that cannot be read is left out', async () => {
    await previewRewritten(preview => ({
      occurrences: preview.occurrences.map(({ ends_at: _end, ...occurrence }, index) =>
        index === 1 ? occurrence : { ...occurrence, ends_at: _end },
      ),
      credits: { ...preview.credits, needed: '4' },
    }));
    const ui = await repeatWeekly();
    expect(ui.all('[part~="occurrence"]')).to.have.length(4);
    expect(ui.text('[part~="confirm"]')).to.equal('Book 4 sessions');
    expect(ui.one('[part="series-problem"]')).to.equal(undefined);
  });
});
