import type { Catalog } from './en.js';
import { plural } from './plural.js';

export const es: Catalog = {
  loading: 'Cargando…',
  tryAgain: 'Intentar de nuevo',
  noBackend: 'Este widget no tiene backend: dale un api-base o un client.',
  errorNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'El servidor está tardando demasiado en responder. Inténtalo de nuevo.',
  errorUnauthorized: 'Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.',
  errorForbidden: 'No tienes acceso a esto.',
  errorNoCredits: 'No te quedan sesiones de mentoría para este servicio.',
  errorSlotTaken: 'Alguien acaba de reservar ese horario. Elige otro, por favor.',
  errorNotFound: 'No encontramos lo que buscabas.',
  errorRateLimited: 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
  errorServer: 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
  errorBadRequest: 'No se pudo completar la solicitud.',
  errorInvalidResponse: 'El servidor envió algo que no pudimos leer. Inténtalo más tarde.',
  errorUnknown: 'Algo salió mal.',
  minutes: (count: number) => plural('es', count, { one: '# min', other: '# min' }),
  mentorsAvailable: (count: number) =>
    plural('es', count, { one: '+# mentor disponible', other: '+# mentores disponibles' }),
  localTimeIn: (time: string, city: string) => `${time} en ${city}`,

  creditsTitle: 'Tus sesiones de mentoría',
  sessionsLeft: (count: number) =>
    plural('es', count, { one: '# sesión disponible', other: '# sesiones disponibles' }),
  countLeft: (count: number) => plural('es', count, { one: '# disponible', other: '# disponibles' }),
  unlimited: 'Ilimitadas',
  unlimitedSessions: 'Sesiones ilimitadas',
  renewsOn: (date: string) => `Se renueva el ${date}`,
  doesNotRenew: 'No se renueva',
  noCredits: 'Todavía no tienes sesiones de mentoría para esto.',
  outOfCredits: 'Te quedaste sin sesiones de mentoría. Puedes conseguir más en pocos clics.',
  getMoreMentorships: 'Consigue más mentorías',
  manageSubscriptions: 'Gestionar suscripciones',

  searchMentors: 'Busca mentores por nombre o habilidad',
  mentorCount: (count: number) => plural('es', count, { one: '# mentor', other: '# mentores' }),
  noMentors: 'No hay mentores disponibles para este servicio',
  noMentorsMatch: (query: string) => `Ningún mentor coincide con «${query}»`,
  bookNow: 'Reservar',
  bookNowWith: (name: string) => `Reservar con ${name}`,
  nextFree: (when: string) => `Próximo horario libre: ${when}`,
  notFreeSoon: 'Sin horarios libres en las próximas dos semanas',
  rating: (rating: string) => `Valoración: ${rating} de 5`,
  speaks: (languages: string) => `Habla ${languages}`,
};
