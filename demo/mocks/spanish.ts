/**
 * The demo backend's own words in Spanish: what a real backend would answer to `Accept-Language: es`
 * (service names and descriptions, mentors' headlines, credit buckets). Slugs and people's names stay.
 */
import type { CreditBucket, Goal, Mentor, MentorshipService, MentorshipSession } from '../../src/index.js';

const SERVICES: Record<string, Pick<MentorshipService, 'name' | 'description'>> = {
  'geekpal-coding-mentorship': {
    name: 'Mentoría de código 1-1 GeekPal',
    description: 'Trabaja con un desarrollador sénior en tu código, tus proyectos y lo que te tenga atascado.',
  },
  'career-guidance': {
    name: 'Orientación profesional',
    description: 'Planifica tu búsqueda de empleo, mejora tu CV y tu LinkedIn, y ensaya entrevistas.',
  },
  'group-code-review': {
    name: 'Revisión de código en grupo',
    description: 'Revisa tus proyectos con un mentor y algunos compañeros.',
  },
  'data-science-mentorship': {
    name: 'Mentoría de ciencia de datos',
    description: 'Notebooks, modelos y flujos de datos, revisados con un científico de datos.',
  },
};

const HEADLINES: Record<string, string> = {
  'Senior front-end engineer · React and accessibility': 'Ingeniera front-end sénior · React y accesibilidad',
  'Back-end developer · Python and Django': 'Desarrollador back-end · Python y Django',
  'Full-stack developer · Node.js and PostgreSQL': 'Desarrolladora full-stack · Node.js y PostgreSQL',
  'Tech recruiter turned career coach': 'Reclutador tecnológico convertido en coach de carrera',
  'Data scientist · machine learning in production': 'Científica de datos · machine learning en producción',
  'Front-end developer · TypeScript and Next.js': 'Desarrollador front-end · TypeScript y Next.js',
  'Career coach · LinkedIn and interviews': 'Coach de carrera · LinkedIn y entrevistas',
  'Staff engineer · Java and system design': 'Staff engineer · Java y diseño de sistemas',
  'Product designer · UX for developers': 'Diseñadora de producto · UX para desarrolladores',
  'Interview coach · data structures and algorithms': 'Coach de entrevistas · estructuras de datos y algoritmos',
  'Mobile developer · React Native': 'Desarrolladora móvil · React Native',
  'DevOps engineer · Docker and AWS': 'Ingeniero DevOps · Docker y AWS',
  'Career coach · soft skills and first jobs': 'Coach de carrera · habilidades blandas y primer empleo',
};

const BUCKETS: Record<string, string> = {
  'Monthly mentorships': 'Mentorías mensuales',
  'Career services': 'Servicios de carrera',
  'Group sessions pack': 'Paquete de sesiones grupales',
  'Bootcamp mentorships': 'Mentorías del bootcamp',
};

/** The demo student's goals and the mentors' notes, as the demo shows them in Spanish. */
const NOTES: Record<string, string> = {
  'Ship my final project: a full-stack to-do app': 'Publicar mi proyecto final: una app de tareas full-stack',
  'It is the project I will show in interviews for junior developer roles.':
    'Es el proyecto que mostraré en las entrevistas para puestos de desarrollador junior.',
  'Deployed online with sign-in, its tests passing, and a README that explains how to run it.':
    'Publicada en línea con inicio de sesión, sus pruebas en verde y un README que explique cómo ejecutarla.',
  'Design the database schema': 'Diseñar el esquema de la base de datos',
  'Build the REST API with Express': 'Construir la API REST con Express',
  'Connect the React front end to the API': 'Conectar el front end de React con la API',
  'Deploy it and write the README': 'Publicarla y escribir el README',
  'Get my first interview for a junior developer role': 'Conseguir mi primera entrevista para un puesto de desarrollador junior',
  'I want to be working as a developer within three months of graduating.':
    'Quiero estar trabajando como desarrollador en los tres meses siguientes a graduarme.',
  'At least one technical interview scheduled with a company I applied to.':
    'Al menos una entrevista técnica agendada con una empresa a la que me postulé.',
  'Rewrite my CV around my projects': 'Reescribir mi CV en torno a mis proyectos',
  'Update my LinkedIn profile': 'Actualizar mi perfil de LinkedIn',
  'Apply to ten companies': 'Postularme a diez empresas',
  'We walked through the component tree and how state flows through it. The list works; the next step is moving its state into a context so the filters stop duplicating it, then covering adding and completing a to-do with tests.':
    'Repasamos el árbol de componentes y cómo fluye el estado. La lista funciona; el siguiente paso es llevar su estado a un contexto para que los filtros dejen de duplicarlo, y luego cubrir con pruebas añadir y completar una tarea.',
  'Move the to-do list state into a React context': 'Llevar el estado de la lista de tareas a un contexto de React',
  'Write tests for adding and completing a to-do': 'Escribir pruebas para añadir y completar una tarea',
  'We cut the CV to one page and led with the two bootcamp projects, each with a live link and what you built yourself.':
    'Dejamos el CV en una página y pusimos primero los dos proyectos del bootcamp, cada uno con su enlace en vivo y lo que hiciste tú.',
  'Add a live link and a one-line result to each project': 'Añadir a cada proyecto un enlace en vivo y un resultado en una línea',
  'Ask a classmate to proofread the CV': 'Pedirle a un compañero que revise el CV',
};
const inSpanish = (text: string) => NOTES[text] ?? text;

/** Whether a request asked for Spanish (`es`, `es-CO`…). */
export const wantsSpanish = (language: string | undefined) => /^es\b/i.test(language ?? '');

export const spanishService = (service: MentorshipService): MentorshipService => ({ ...service, ...SERVICES[service.slug] });
export const spanishMentor = (mentor: Mentor): Mentor => ({ ...mentor, headline: HEADLINES[mentor.headline] ?? mentor.headline });
export const spanishSession = (session: MentorshipSession): MentorshipSession => ({
  ...session,
  summary: session.summary && inSpanish(session.summary),
  actionItems: session.actionItems?.map(inSpanish),
});
export const spanishGoal = (goal: Goal): Goal => ({
  ...goal,
  title: inSpanish(goal.title),
  why: inSpanish(goal.why),
  successCriteria: inSpanish(goal.successCriteria),
  steps: goal.steps.map(step => ({ ...step, title: inSpanish(step.title) })),
  sessions: goal.sessions.map(session => ({
    ...session,
    summary: inSpanish(session.summary),
    actionItems: session.actionItems.map(inSpanish),
  })),
});
export const spanishBucket = (bucket: CreditBucket): CreditBucket => ({ ...bucket, name: BUCKETS[bucket.name] ?? bucket.name });
