/**
 * The demo backend's own words in Spanish: what a real backend would answer to `Accept-Language: es`
 * (service names and descriptions, mentors' headlines, credit buckets). Slugs and people's names stay.
 */
import type { CreditBucket, Mentor, MentorshipService } from '../../src/index.js';

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

/** Whether a request asked for Spanish (`es`, `es-CO`…). */
export const wantsSpanish = (language: string | undefined) => /^es\b/i.test(language ?? '');

export const spanishService = (service: MentorshipService): MentorshipService => ({ ...service, ...SERVICES[service.slug] });
export const spanishMentor = (mentor: Mentor): Mentor => ({ ...mentor, headline: HEADLINES[mentor.headline] ?? mentor.headline });
export const spanishBucket = (bucket: CreditBucket): CreditBucket => ({ ...bucket, name: BUCKETS[bucket.name] ?? bucket.name });
