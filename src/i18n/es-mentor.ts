/**
 * Spanish for the mentor's tags: fetched by them (i18n/mentor-part.ts) when they speak Spanish, so a
 * student's page never downloads it. It adds itself to the Spanish catalog (es.ts, which it brings).
 */
import type { MentorCatalog } from './en.js';
import { es } from './es.js';
import { registerTranslation } from './index.js';
import { plural } from './plural.js';

export const esMentor: MentorCatalog = {
  // <mentor-desk>
  deskLabel: 'Tus sesiones de mentoría como mentor',
  deskNoUpcoming: 'No tienes sesiones próximas.',
  deskNoPast: 'Todavía no tienes sesiones pasadas.',
  deskShowMore: (count: number) => plural('es', count, { one: 'Mostrar # sesión más', other: 'Mostrar # sesiones más' }),
  deskJoinOpens: (in_: string) => `Podrás entrar ${in_}`,
  today: 'Hoy',
  studentLocalTime: (time: string, student: string, city: string) => `${time} para ${student} en ${city}`,
  reportDue: 'Falta el informe',
  attendanceHeld: 'Realizada',
  attendanceStudentAbsent: 'No asistió',
  attendanceMentorAbsent: 'No pudiste asistir',
  aboutStudent: (name: string) => `Sobre ${name}`,
  theyWrote: (name: string) => `Lo que escribió ${name}`,
  sessionGoal: 'La meta de esta sesión',
  goalDone: (percent: number) => `${percent} % completado`,
  goalDueBy: (date: string) => `para el ${date}`,
  stepDone: 'hecho',
  stepToDo: 'pendiente',
  wantsTo: 'Quiere lograr',
  skillsLabel: 'Habilidades',
  languagesLabel: 'Idiomas',
  lastCheckIn: 'Última valoración',
  checkInRating: (rating: number) => `Calificó la sesión con ${rating} de 5`,
  fitGoodSaid: 'Dice que eres un buen mentor para su caso',
  fitUnsureSaid: 'Aún no sabe si eres el mentor adecuado',
  fitPoorSaid: 'Preferiría otro mentor',
  sessionsTogether: (count: number) =>
    count === 0 ? 'Su primera sesión juntos' : plural('es', count, { one: '# sesión juntos antes', other: '# sesiones juntos antes' }),
  programLabel: 'Programa',
  writeReport: 'Escribir el informe',
  editReport: 'Editar el informe',
  reportTitle: (name: string) => `Informe de tu sesión con ${name}`,
  attendanceQuestion: '¿Se realizó la sesión?',
  attendanceHeldChoice: 'Sí, se realizó',
  attendanceStudentAbsentChoice: (name: string) => `${name} no asistió`,
  attendanceMentorAbsentChoice: 'No pude asistir',
  creditReturned: (name: string) => `Se le devuelve el crédito a ${name}.`,
  creditSpent: (name: string) => `${name} no recupera el crédito: es la regla del programa para una sesión perdida.`,
  creditUnsaid: (name: string) => `El programa decide si se le devuelve el crédito a ${name}.`,
  summaryLabel: 'Resumen',
  summaryHint: (name: string) => `Lo que vieron. ${name} lo lee debajo de la sesión.`,
  notesLabel: 'Notas (opcional)',
  actionItemsLabel: 'Próximos pasos',
  actionItemsHint: 'Uno por línea. Aparecen debajo de la sesión y en su meta.',
  goalProgressReport: (title: string) => `Avance en «${title}»`,
  feedbackHint: (name: string) => `Para ${name}; opcional.`,
  sendReport: 'Enviar el informe',
  saveReport: 'Guardar los cambios',
  sendingReport: 'Enviando…',
  closeReport: 'Cerrar',
  chooseAttendance: 'Indica si la sesión se realizó.',
  summaryRequired: 'Escribe lo que vieron en la sesión.',
  reportSent: (name: string) => `Informe enviado. ${name} ya puede leerlo.`,
  editableUntil: (when: string) => `Puedes cambiarlo hasta el ${when}.`,
  reportLocked: 'Este informe ya no se puede cambiar.',
  yourSummary: 'Tu resumen',
  yourNextSteps: 'Próximos pasos',
};

registerTranslation('es', { ...es, ...esMentor });
