/** The conformance report as text: a section per capability, each failure with its request and answer. */
import { describeExchange } from './exchange.js';
import type { ConformanceReport } from './run.js';

const MARK = { pass: 'pass', fail: 'FAIL', skip: 'skip' } as const;

export function formatReport(report: ConformanceReport): string {
  const lines = [`mentorship-widgets conformance: ${report.base}`];
  const on = Object.entries(report.capabilities)
    .filter(([, value]) => value)
    .map(([name]) => name);
  lines.push(`capabilities ${report.declared ? 'declared' : '(no GET /capabilities: everything)'}: ${on.join(', ') || 'none'}`);
  const groups = [...new Set(report.results.map(result => result.group))];
  for (const group of groups) {
    lines.push('', group);
    for (const result of report.results.filter(each => each.group === group)) {
      lines.push(`  ${MARK[result.outcome]}  ${result.title}`);
      if (result.reason) lines.push(`        ${result.outcome === 'skip' ? 'skipped: ' : ''}${result.reason}`);
      if (result.outcome === 'fail' && result.exchange) for (const line of describeExchange(result.exchange)) lines.push(`        ${line}`);
    }
  }
  const count = (outcome: string) => report.results.filter(result => result.outcome === outcome).length;
  lines.push('', `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  if (report.leftBooked.length) lines.push(`left booked on the test account (could not cancel): ${report.leftBooked.join(', ')}`);
  return lines.join('\n');
}
