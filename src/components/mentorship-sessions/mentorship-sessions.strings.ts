/**
 * The strings only <mentorship-sessions> shows, in English and Spanish: kept out of the shared
 * catalogs so the CDN main file does not carry them (the sessions tag ships as an add-on).
 */
import { plural } from '../../i18n/plural.js';

export const sessionsEn = {
  sessionsLabel: 'Your mentoring sessions',
  upcoming: 'Upcoming',
  past: 'Past',
  noUpcoming: 'You have no upcoming sessions.',
  noPast: 'You have no past sessions yet.',
  statusScheduled: 'Scheduled',
  statusStarted: 'Live now',
  statusCompleted: 'Completed',
  statusCanceled: 'Canceled',
  statusMissed: 'Missed',
  labelAgenda: 'Agenda',
  join: 'Join',
  /** `in` is Intl.RelativeTimeFormat's "in 5 minutes". */
  joinOpens: (in_: string) => `You can join ${in_}`,
  reschedule: 'Reschedule',
  cancelSession: 'Cancel session',
  cancelQuestion: (mentor: string, when: string) => `Cancel your session with ${mentor} on ${when}?`,
  keepSession: 'Keep it',
  confirmCancel: 'Yes, cancel it',
  canceling: 'Canceling…',
  canceled: 'Session canceled.',
  newTimeWith: (mentor: string) => `Choose a new time with ${mentor}`,
  keepTime: 'Keep the current time',
  rateQuestion: 'How was this session?',
  stars: (count: number) => plural('en', count, { one: '# star', other: '# stars' }),
  feedbackComment: 'Anything to add? (optional)',
  sendFeedback: 'Send feedback',
  sending: 'Sending…',
  feedbackThanks: 'Thanks for your feedback!',
  chooseRating: 'Choose a rating from 1 to 5 stars.',
  yourRating: (rating: number) => `You rated it ${rating} out of 5`,
};

export type SessionsCatalog = typeof sessionsEn;

export const sessionsEs: SessionsCatalog = {
  sessionsLabel: 'Tus sesiones de mentoría',
  upcoming: 'Próximas',
  past: 'Pasadas',
  noUpcoming: 'No tienes sesiones próximas.',
  noPast: 'Aún no tienes sesiones pasadas.',
  statusScheduled: 'Agendada',
  statusStarted: 'En vivo',
  statusCompleted: 'Completada',
  statusCanceled: 'Cancelada',
  statusMissed: 'Perdida',
  labelAgenda: 'Temas',
  join: 'Entrar',
  joinOpens: (in_: string) => `Podrás entrar ${in_}`,
  reschedule: 'Reprogramar',
  cancelSession: 'Cancelar sesión',
  cancelQuestion: (mentor: string, when: string) => `¿Cancelar tu sesión con ${mentor} el ${when}?`,
  keepSession: 'Mantenerla',
  confirmCancel: 'Sí, cancelarla',
  canceling: 'Cancelando…',
  canceled: 'Sesión cancelada.',
  newTimeWith: (mentor: string) => `Elige un nuevo horario con ${mentor}`,
  keepTime: 'Mantener el horario actual',
  rateQuestion: '¿Qué tal estuvo esta sesión?',
  stars: (count: number) => plural('es', count, { one: '# estrella', other: '# estrellas' }),
  feedbackComment: '¿Algo más que contar? (opcional)',
  sendFeedback: 'Enviar opinión',
  sending: 'Enviando…',
  feedbackThanks: '¡Gracias por tu opinión!',
  chooseRating: 'Elige una calificación de 1 a 5 estrellas.',
  yourRating: (rating: number) => `La calificaste con ${rating} de 5`,
};

export const sessionsStrings = { en: sessionsEn, es: sessionsEs };
