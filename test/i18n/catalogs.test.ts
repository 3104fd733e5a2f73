import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '../../src/index.js';
import { html } from '@open-wc/testing';
import { catalogFor, registerTranslation, type Catalog } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import { es as studentSpanish } from '../../src/i18n/es.js';
import { esMentor } from '../../src/i18n/es-mentor.js';
import { citiesInSpanish } from '../../src/i18n/es-cities.js';
import { isValidTimeZone } from '../../src/utils/time.js';
import { createDemoDataset, createMemoryClient, type MentorScheduleCard } from '../../src/index.js';
import { loaded, mount, textOf } from '../support/fixtures.js';

// Spanish in two parts: every tag's, and the mentor's (fetched only by the mentor's tags).
const es = { ...studentSpanish, ...esMentor } as Catalog;
const catalogs = { en, es };

/** Every entry as text, groups flattened (`errors.network`): functions are called with sample values. */
function render(catalog: Catalog | object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, entry]): [string, string][] => {
      if (key === 'city') return [[key, (entry as (zone: string) => string)('America/New_York')]];
      if (typeof entry === 'function') return [[key, (entry as (...args: unknown[]) => string)(3, 'Madrid')]];
      if (typeof entry === 'object') return Object.entries(render(entry)).map(([inner, text]) => [`${key}.${inner}`, text]);
      return [[key, entry]];
    }),
  );
}

describe('catalogs', () => {
  const english = Object.keys(render(catalogs.en)).sort();

  for (const [language, catalog] of Object.entries(catalogs)) {
    it(`${language} has exactly the English keys, none of them empty`, () => {
      expect(Object.keys(render(catalog)).sort()).to.deep.equal(english);
      for (const [key, text] of Object.entries(render(catalog))) {
        expect(text.trim(), `${language}.${key}`).not.to.equal('');
      }
    });
  }

  it('a student’s Spanish carries none of the mentor’s words', () => {
    const mentorOnly = Object.keys(esMentor);
    expect(mentorOnly).to.include('deskLabel');
    expect(Object.keys(studentSpanish).filter(key => mentorOnly.includes(key))).to.deep.equal([]);
  });

  it('Spanish is a translation, not a copy', () => {
    // The same word in both languages, and the calendars' own names.
    const identical = ['minutes', 'labelMentor', 'calendarGoogle', 'calendarOutlook'];
    const en = render(catalogs.en);
    const es = render(catalogs.es);
    const copied = Object.keys(en).filter(key => en[key] === es[key] && !identical.includes(key));
    expect(copied).to.deep.equal([]);
  });

  it('names cities as each language writes them, and any other city as its zone does', () => {
    expect(['America/New_York', 'America/Mexico_City', 'Europe/London', 'America/Bogota'].map(zone => en.city(zone))).to.deep.equal([
      'New York',
      'Mexico City',
      'London',
      'Bogota',
    ]);
    expect(['America/New_York', 'America/Mexico_City', 'Europe/London', 'America/Bogota'].map(zone => es.city(zone))).to.deep.equal([
      'Nueva York',
      'Ciudad de México',
      'Londres',
      'Bogotá',
    ]);
    expect(es.city('America/Lima')).to.equal('Lima');
    // Every name is for a zone browsers know.
    expect(Object.keys(citiesInSpanish).filter(zone => !isValidTimeZone(zone))).to.deep.equal([]);
    expect(es.city('UTC')).to.equal('UTC');
  });

  it('has a message for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(catalogs.en.errors[code], code).to.be.a('string');
      expect(catalogs.es.errors[code], code).to.be.a('string');
    }
  });

  it('pluralizes with the language’s rules', () => {
    expect(catalogs.en.mentorsAvailable(1)).to.equal('+1 more mentor');
    expect(catalogs.en.mentorsAvailable(12)).to.equal('+12 more mentors');
    expect(catalogs.es.mentorsAvailable(1)).to.equal('+1 mentor más');
    expect(catalogs.es.mentorsAvailable(1000)).to.equal('+1000 mentores más');
  });

  it('has a singular and a plural form for every counted string, in each language (every plural() in the catalogs)', () => {
    // Counted strings whose words do not change with the number, in each language (an abbreviation; "# left").
    const invariant: Record<string, string[]> = { en: ['minutes', 'countLeft'], es: ['minutes'] };
    // Counted strings with a sentence of their own for none.
    const ownZero = ['timesOnDay', 'changePolicy', 'nextFreeIn', 'sessionsTogether'];
    let counted = 0;
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, entry] of Object.entries(catalog)) {
        // A counted string is one written with plural(): its source says so (the tests run unminified).
        if (typeof entry !== 'function' || entry.length !== 1 || !String(entry).includes('plural(')) continue;
        counted += 1;
        const say = (count: number) => (entry as (count: number) => string)(count).replaceAll(String(count), '#');
        if (invariant[language]?.includes(key)) {
          expect(say(1), `${language}.${key}: listed as invariant`).to.equal(say(2));
          continue;
        }
        expect(say(1), `${language}.${key}: one is said like many`).not.to.equal(say(2));
        expect(say(5), `${language}.${key}: 2 and 5 are said alike`).to.equal(say(2));
        // Both languages say 0 with the plural form, unless the string has a sentence for none.
        if (!ownZero.includes(key)) expect(say(0), `${language}.${key}: 0 takes the plural form`).to.equal(say(2));
      }
    }
    expect(counted, 'no counted strings found').to.be.greaterThan(40);
  });

  it('says 0, 1, 2 and 5 of everything counted, in each language’s words', () => {
    const counted = (
      catalog: Catalog,
      key: 'sessionsLeft' | 'mentorCount' | 'freeTimes' | 'seatsLeft' | 'creditsAfterBooking' | 'showMoreMentors',
    ) => [0, 1, 2, 5].map(count => catalog[key](count));
    expect(counted(en, 'sessionsLeft')).to.deep.equal(['0 sessions left', '1 session left', '2 sessions left', '5 sessions left']);
    expect(counted(es, 'sessionsLeft')).to.deep.equal([
      '0 sesiones disponibles',
      '1 sesión disponible',
      '2 sesiones disponibles',
      '5 sesiones disponibles',
    ]);
    expect(counted(en, 'mentorCount')).to.deep.equal(['0 mentors', '1 mentor', '2 mentors', '5 mentors']);
    expect(counted(es, 'mentorCount')).to.deep.equal(['0 mentores', '1 mentor', '2 mentores', '5 mentores']);
    expect(counted(en, 'freeTimes')).to.deep.equal([
      '0 free times on these days',
      '1 free time on these days',
      '2 free times on these days',
      '5 free times on these days',
    ]);
    expect(counted(es, 'freeTimes')).to.deep.equal([
      '0 horarios libres en estos días',
      '1 horario libre en estos días',
      '2 horarios libres en estos días',
      '5 horarios libres en estos días',
    ]);
    expect(counted(en, 'seatsLeft')).to.deep.equal(['0 seats left', '1 seat left', '2 seats left', '5 seats left']);
    expect(counted(es, 'seatsLeft')).to.deep.equal(['Quedan 0 cupos', 'Queda 1 cupo', 'Quedan 2 cupos', 'Quedan 5 cupos']);
    expect(counted(es, 'creditsAfterBooking')).to.deep.equal([
      'Te quedarán 0 sesiones después de esta',
      'Te quedará 1 sesión después de esta',
      'Te quedarán 2 sesiones después de esta',
      'Te quedarán 5 sesiones después de esta',
    ]);
    expect(counted(es, 'showMoreMentors')).to.deep.equal([
      'Mostrar 0 mentores más',
      'Mostrar 1 mentor más',
      'Mostrar 2 mentores más',
      'Mostrar 5 mentores más',
    ]);
    expect([0, 1, 2, 5].map(count => es.stars(count))).to.deep.equal(['0 estrellas', '1 estrella', '2 estrellas', '5 estrellas']);
    expect([0, 1, 2, 5].map(count => en.timesOnDay(count))).to.deep.equal(['no free times', '1 free time', '2 free times', '5 free times']);
    expect([0, 1, 2, 5].map(count => es.timesOnDay(count))).to.deep.equal([
      'sin horarios libres',
      '1 horario libre',
      '2 horarios libres',
      '5 horarios libres',
    ]);
    expect([0, 1, 2, 5].map(count => en.changePolicy(count))).to.deep.equal([
      'You can cancel or move it until it starts.',
      'You can cancel or move it up to 1 hour before it starts.',
      'You can cancel or move it up to 2 hours before it starts.',
      'You can cancel or move it up to 5 hours before it starts.',
    ]);
    expect([0, 1, 2, 5].map(count => es.changePolicy(count))).to.deep.equal([
      'Puedes cancelarla o moverla hasta que empiece.',
      'Puedes cancelarla o moverla hasta 1 hora antes de que empiece.',
      'Puedes cancelarla o moverla hasta 2 horas antes de que empiece.',
      'Puedes cancelarla o moverla hasta 5 horas antes de que empiece.',
    ]);
    expect([1, 2].map(count => es.tooLateToChange(count))).to.deep.equal([
      'Empieza en menos de 1 hora: una vez reservada, ya no se podrá cancelar ni mover.',
      'Empieza en menos de 2 horas: una vez reservada, ya no se podrá cancelar ni mover.',
    ]);
    expect([1, 5].map(count => en.mentorsAvailable(count))).to.deep.equal(['+1 more mentor', '+5 more mentors']);
  });

  it('picks a catalog by the language of a tag', () => {
    // Spanish as registered once both parts are here (es-mentor.ts adds the mentor's to es.ts's).
    expect(catalogFor('es-CO')).to.deep.equal(catalogs.es);
    expect(catalogFor('ES')).to.equal(catalogFor('es-CO'));
    expect(catalogFor('fr-FR')).to.equal(catalogFor('en'));
    // English is assembled from its parts (every part is loaded on this page): the whole catalog.
    expect(catalogFor('en')).to.deep.equal(catalogs.en);
  });

  it('a page registers its own language with a typed catalog, and components speak it', async () => {
    const portuguese: Catalog = { ...en, cardTitle: 'Agende uma mentoria individual', scheduleSession: 'Agendar uma sessão' };
    registerTranslation('pt', portuguese);
    expect(catalogFor('pt-BR')).to.equal(portuguese);
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, {
      client: createMemoryClient(),
      locale: 'pt-BR',
    });
    await loaded(card);
    expect(textOf(card.shadowRoot)).to.contain('Agende uma mentoria individual').and.contain('Agendar uma sessão');
  });

  it("a registered language reaches the tags that load later too: <mentorship-sessions>'s strings are in the same catalog", async () => {
    registerTranslation('pt', { ...en, upcoming: 'Próximas sessões', past: 'Anteriores', noUpcoming: 'Você não tem sessões agendadas.' });
    const sessions = await mount<HTMLElement>(html`<mentorship-sessions></mentorship-sessions>`, {
      client: createMemoryClient({ dataset: { ...createDemoDataset(new Date()), bookings: [] } }),
      locale: 'pt',
    });
    await loaded(sessions);
    expect(textOf(sessions.shadowRoot))
      .to.contain('Próximas sessões')
      .and.contain('Anteriores')
      .and.contain('Você não tem sessões agendadas.');
  });
});
