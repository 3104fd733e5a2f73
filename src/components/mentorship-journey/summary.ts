/**
 * The closed programme in figures — achievements, sessions held, mentors, time in sessions, the final
 * words — and as a plain-text file. Pure: the component renders the same facts.
 */
import type { MentorshipProgram, MentorshipSession, ProgramClosure } from '../../client/types.js';
import { heldSessions } from './stages.js';

export interface ProgramSummary {
  closure: ProgramClosure;
  sessionsHeld: number;
  /** Names of the mentors met, in the order first met. */
  mentors: string[];
  /** Hours in held sessions. */
  hours: number;
}

export function summaryOf(program: MentorshipProgram & { closed: ProgramClosure }, past: MentorshipSession[]): ProgramSummary {
  const held = heldSessions(past).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const minutes = held.reduce((sum, session) => sum + Math.max(0, Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000, 0);
  return {
    closure: program.closed,
    sessionsHeld: Math.max(program.sessionsDone, held.length),
    mentors: [...new Set(held.map(session => session.mentor.name))],
    hours: Number.isFinite(minutes) ? minutes / 60 : 0,
  };
}

/**
 * The summary as a text file: a title, then each row's label and value (lists one item per line).
 * Text only: nothing the backend sent can become markup in it.
 */
export function summaryFile(title: string, rows: Array<[label: string, value: string | string[]]>): string {
  const lines = [title, '='.repeat(title.length), ''];
  for (const [label, value] of rows) {
    lines.push(`${label}:`);
    for (const line of [value].flat()) lines.push(Array.isArray(value) ? `- ${line}` : `  ${line}`);
    lines.push('');
  }
  return lines.join('\n');
}
