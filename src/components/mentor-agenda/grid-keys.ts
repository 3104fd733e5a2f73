/**
 * The agenda's keyboard as a pure function: a key and the focused time become the time to focus, or
 * a range to move to. Rows are days (their times in order); empty days are skipped. Arrows move
 * between times (left/right run on across days) and between days (keeping the column), Home/End go to
 * the day's first/last time (with Ctrl, the range's), PageUp/PageDown move a range.
 */
export type GridMove = { focus: string } | { page: 1 | -1 } | undefined;

export function gridMove(key: string, ctrl: boolean, current: string, days: readonly (readonly string[])[]): GridMove {
  const rows = days.filter(day => day.length > 0);
  const row = rows.findIndex(times => times.includes(current));
  if (row < 0) return undefined;
  const column = rows[row].indexOf(current);
  const flat = rows.flat();
  const at = flat.indexOf(current);
  const inRow = (index: number) => rows[index] && { focus: rows[index][Math.min(column, rows[index].length - 1)] };
  switch (key) {
    case 'ArrowRight':
      return { focus: flat[Math.min(flat.length - 1, at + 1)] };
    case 'ArrowLeft':
      return { focus: flat[Math.max(0, at - 1)] };
    case 'ArrowDown':
      return inRow(row + 1) || { focus: current };
    case 'ArrowUp':
      return inRow(row - 1) || { focus: current };
    case 'Home':
      return { focus: ctrl ? flat[0] : rows[row][0] };
    case 'End':
      return { focus: ctrl ? flat[flat.length - 1] : rows[row][rows[row].length - 1] };
    case 'PageDown':
      return { page: 1 };
    case 'PageUp':
      return { page: -1 };
    default:
      return undefined;
  }
}
