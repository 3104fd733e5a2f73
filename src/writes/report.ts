/**
 * The mentor's report after a session: it comes with the report form's code (fetched when a session
 * waits for a report), and is found again in the mentor's past sessions with these very contents.
 */
import type { WriteDefinition } from '../controllers/write.js';
import { ReportSentEvent } from '../events/report-sent.js';

export const report: WriteDefinition<'report'> = {
  kind: 'report',
  operation: 'report',
  signature: ({ session }) => `report ${session.id}`,
  write: ({ client, session, report: sent }, idempotencyKey) => ({
    send: () => client.submitSessionReport({ session: session.id, ...sent, idempotencyKey }),
    // Sent if the backend holds a report saying this: an older one (an edit lost) is not this one.
    lookup: async () => {
      const listed = (await client.listMentorSessions({ status: 'past' })).find(past => past.id === session.id);
      const held = listed?.report;
      return listed && (held?.attendance === sent.attendance && held.summary === (sent.summary ?? '').trim() ? listed : null);
    },
    provisional: () => ({
      ...session,
      report: {
        attendance: sent.attendance,
        summary: sent.summary ?? '',
        actionItems: sent.actionItems ?? [],
        goalProgress: sent.goalProgress ?? null,
        feedback: { wentWell: sent.feedback?.wentWell ?? '', toWorkOn: sent.feedback?.toWorkOn ?? '' },
        at: session.report?.at ?? new Date().toISOString(),
        editableUntil: session.report?.editableUntil ?? null,
      },
    }),
  }),
  done: session => new ReportSentEvent({ session }),
};
