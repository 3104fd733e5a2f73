import { expect } from '@open-wc/testing';
import { gridMove } from '../../src/components/mentor-agenda/grid-keys.js';
import { canGoBack, dayCount, firstDay, moveRange } from '../../src/components/mentor-agenda/range.js';

describe("<mentor-agenda>'s range (range.ts), without a DOM", () => {
  it('counts 1 to 31 days, 7 when the attribute is unusable', () => {
    expect([0, 1, 7.9, 31, 45, Number.NaN, -3].map(dayCount)).to.deep.equal([7, 1, 7, 31, 31, 7, 1]);
  });

  it('starts where the student moved to, else at start-date (a date), else today', () => {
    const today = '2026-11-24';
    expect(firstDay({ today })).to.equal(today);
    expect(firstDay({ today, startDate: '2026-12-01' })).to.equal('2026-12-01');
    expect(firstDay({ today, startDate: 'next week' })).to.equal(today);
    expect(firstDay({ today, startDate: '2026-12-01', rangeStart: '2026-12-08' })).to.equal('2026-12-08');
  });

  it('moves a range at a time, across months and never before today', () => {
    expect(moveRange('2026-11-24', 7, 1, '2026-11-24')).to.equal('2026-12-01');
    expect(moveRange('2026-12-29', 7, 1, '2026-11-24')).to.equal('2027-01-05');
    expect(moveRange('2026-12-01', 7, -1, '2026-11-24')).to.equal('2026-11-24');
    expect(moveRange('2026-11-28', 7, -1, '2026-11-24')).to.equal('2026-11-24');
    expect(canGoBack('2026-11-24', '2026-11-24')).to.equal(false);
    expect(canGoBack('2026-11-25', '2026-11-24')).to.equal(true);
  });
});

describe("<mentor-agenda>'s keyboard (grid-keys.ts), without a DOM", () => {
  // Three days: Monday 3 times, Tuesday none, Wednesday 2.
  const days = [['mon-9', 'mon-10', 'mon-11'], [], ['wed-9', 'wed-10']];
  const move = (key: string, from: string, ctrl = false) => gridMove(key, ctrl, from, days);

  it('arrows run along the times and on across days; up/down keep the column, skipping empty days', () => {
    expect(move('ArrowRight', 'mon-10')).to.deep.equal({ focus: 'mon-11' });
    expect(move('ArrowRight', 'mon-11')).to.deep.equal({ focus: 'wed-9' });
    expect(move('ArrowRight', 'wed-10')).to.deep.equal({ focus: 'wed-10' });
    expect(move('ArrowLeft', 'wed-9')).to.deep.equal({ focus: 'mon-11' });
    expect(move('ArrowLeft', 'mon-9')).to.deep.equal({ focus: 'mon-9' });
    expect(move('ArrowDown', 'mon-11')).to.deep.equal({ focus: 'wed-10' });
    expect(move('ArrowDown', 'wed-9')).to.deep.equal({ focus: 'wed-9' });
    expect(move('ArrowUp', 'wed-10')).to.deep.equal({ focus: 'mon-10' });
  });

  it('Home/End go to the day’s ends, with Ctrl to the range’s; PageUp/PageDown move a range; other keys do nothing', () => {
    expect(move('Home', 'mon-11')).to.deep.equal({ focus: 'mon-9' });
    expect(move('End', 'wed-9')).to.deep.equal({ focus: 'wed-10' });
    expect(move('Home', 'wed-10', true)).to.deep.equal({ focus: 'mon-9' });
    expect(move('End', 'mon-9', true)).to.deep.equal({ focus: 'wed-10' });
    expect(move('PageDown', 'mon-9')).to.deep.equal({ page: 1 });
    expect(move('PageUp', 'mon-9')).to.deep.equal({ page: -1 });
    expect(move('Enter', 'mon-9')).to.equal(undefined);
    expect(move('ArrowRight', 'not-shown')).to.equal(undefined);
  });
});

describe('memoizeLast (utils/memo.ts): the one memo the agenda uses, keyed by its arguments', () => {
  it('makes a value again only when an argument changes', async () => {
    const { memoizeLast } = await import('../../src/utils/memo.js');
    let made = 0;
    const list = ['a'];
    const label = memoizeLast((items: string[], zone: string) => `${++made}:${items.length}:${zone}`);
    expect(label(list, 'UTC')).to.equal('1:1:UTC');
    expect(label(list, 'UTC')).to.equal('1:1:UTC');
    expect(label([...list], 'UTC'), 'another array, same contents').to.equal('2:1:UTC');
    expect(label(list, 'Europe/Madrid')).to.equal('3:1:Europe/Madrid');
  });
});
