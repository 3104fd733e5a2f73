/**
 * A series' meetings in the upcoming list, grouped: "Weekly with Ana · 2 of 6 done", opened to its
 * meetings, each with its own actions (move one, cancel one or "this and the following"). Fetched with
 * the first list that has a series' meeting, with its strings: students without series never load it.
 */
import { css, html, type TemplateResult } from 'lit';
import type { MentorshipClient, MentorshipSession } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import '../../i18n/en/series-list.js';
import { fullDateTimeInZone } from '../../utils/time.js';

export const seriesStyles = css`
  /* A list item, so the disclosure triangle shows that it opens. */
  .series > details > summary {
    cursor: pointer;
    padding: 4px 0;
  }
  .series > details > summary > span {
    display: block;
    margin-inline-start: 1.1em;
  }
  .series > details > .list {
    margin-block-start: 8px;
  }
`;

/** Where a series stands: how many of its meetings (not canceled) have been held, of how many. */
export interface SeriesProgress {
  done: number;
  total: number;
  /** Two weeks apart or more: every two weeks. */
  fortnightly: boolean;
}

/**
 * Each series' progress, from the upcoming list and the past one. A meeting held is one in the past
 * list that was not canceled; a canceled meeting counts in neither figure.
 */
export function seriesProgress(upcoming: readonly MentorshipSession[], past: readonly MentorshipSession[]): Map<string, SeriesProgress> {
  const progress = new Map<string, SeriesProgress & { starts: number[] }>();
  for (const [sessions, held] of [
    [upcoming, false],
    [past, true],
  ] as const) {
    for (const session of sessions) {
      if (!session.series || session.status === 'canceled') continue;
      const entry = progress.get(session.series) ?? { done: 0, total: 0, fortnightly: false, starts: [] };
      entry.total += 1;
      if (held) entry.done += 1;
      entry.starts.push(Date.parse(session.startsAt));
      progress.set(session.series, entry);
    }
  }
  for (const entry of progress.values()) {
    const starts = entry.starts.sort((a, b) => a - b);
    const gaps = starts.slice(1).map((start, index) => start - starts[index]);
    entry.fortnightly = gaps.length > 0 && Math.min(...gaps) >= 10 * 86_400_000;
  }
  return progress;
}

/** The past sessions, for the progress of the series in the upcoming list (only when there is one). */
export async function loadProgress(
  client: MentorshipClient,
  upcoming: readonly MentorshipSession[],
  signal: AbortSignal,
): Promise<Map<string, SeriesProgress>> {
  // Without the past list the figures would be wrong: a failure shows the series without them.
  const past = await client.listSessions({ status: 'past', signal }).catch((): MentorshipSession[] => []);
  return seriesProgress(upcoming, past);
}

/** One series, its meetings inside (rendered by the list, with their actions). */
export function renderSeries(
  localize: LocalizeController,
  zone: string,
  meetings: readonly MentorshipSession[],
  progress: SeriesProgress | undefined,
  renderMeeting: (session: MentorshipSession) => TemplateResult,
): TemplateResult {
  const [next] = meetings;
  const mentor = next.mentor.name;
  const title = localize.term(progress?.fortnightly ? 'seriesFortnightly' : 'seriesWeekly', mentor);
  return html`<li part="series" class="session series" data-series=${next.series!}>
    <details>
      <summary>
        <strong><bdi>${title}</bdi>${progress ? html` · ${localize.term('seriesProgress', progress.done, progress.total)}` : ''}</strong>
        <span class="muted">${localize.term('seriesNext', fullDateTimeInZone(next.startsAt, localize.locale, zone))}</span>
      </summary>
      <ul class="list">
        ${meetings.map(renderMeeting)}
      </ul>
    </details>
  </li>`;
}
