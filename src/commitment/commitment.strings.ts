/** Words of <ogp-commitment>. Spanish first, plain language, short sentences. */
import type { Assessment } from '../shared/feed-schema.js';
import { plural } from '../shared/i18n.js';

export interface CommitmentStrings {
  /** How many questions about the commitment were answered and published. */
  answered: (count: number) => string;
  noId: string;
  unknownId: (id: string) => string;
  progress: string;
  problem: string;
  action: string;
  ogpValues: string;
  lead: string;
  supporting: string;
  dates: string;
  start: string;
  end: string;
  milestones: string;
  indicators: string;
  indicator: {
    latest: string;
    baseline: string;
    target: string;
    direction: Record<'higher-is-better' | 'lower-is-better', string>;
    progressLabel: string;
    noData: string;
    noTarget: string;
    met: string;
    wrongWay: string;
    partWay: (percent: string) => string;
    source: string;
  };
  assessment: {
    heading: string;
    intro: string;
    verifiable: string;
    yes: string;
    no: string;
    potentialForResults: string;
    potential: Record<Assessment['potentialForResults'], string>;
    completion: string;
    completionLevel: Record<Assessment['completion'], string>;
    openedGovernment: string;
    opened: Record<NonNullable<Assessment['openedGovernment']>, string>;
    assessor: string;
    date: string;
    note: string;
  };
}

export const commitmentStrings: CommitmentStrings = {
  answered: (n) => plural('es', n, { one: '{n} pregunta respondida', other: '{n} preguntas respondidas' }),
  noId: 'No se indicó qué compromiso mostrar. Falta el atributo commitment-id.',
  unknownId: (id) => `El plan no tiene un compromiso con el identificador «${id}». Revise el atributo commitment-id.`,
  progress: 'Avance',
  problem: 'El problema',
  action: 'Qué se va a hacer',
  ogpValues: 'Valores de gobierno abierto',
  lead: 'Responsable',
  supporting: 'Con el apoyo de',
  dates: 'Fechas',
  start: 'Inicio',
  end: 'Fin',
  milestones: 'Hitos',
  indicators: 'Indicadores',
  indicator: {
    latest: 'Último dato',
    baseline: 'Línea base',
    target: 'Meta',
    direction: { 'higher-is-better': 'Es mejor si sube.', 'lower-is-better': 'Es mejor si baja.' },
    progressLabel: 'Avance hacia la meta',
    noData: 'Todavía no hay mediciones.',
    noTarget: 'Este indicador no tiene meta.',
    met: 'Ya alcanzó la meta.',
    wrongWay: 'Va en sentido contrario a la meta.',
    partWay: (percent) => `Lleva el ${percent} del camino entre la línea base y la meta.`,
    source: 'Fuente:',
  },
  assessment: {
    heading: 'Evaluación independiente',
    intro: 'Valoración al estilo del Mecanismo de Revisión Independiente (IRM) de OGP.',
    verifiable: '¿Se puede verificar?',
    yes: 'Sí',
    no: 'No',
    potentialForResults: 'Potencial de resultados',
    potential: { unclear: 'Poco claro', modest: 'Modesto', substantial: 'Sustancial' },
    completion: 'Nivel de cumplimiento',
    completionLevel: {
      'not-started': 'Sin iniciar',
      limited: 'Limitado',
      substantial: 'Sustancial',
      complete: 'Completo',
    },
    openedGovernment: '¿Abrió el gobierno?',
    opened: {
      'did-not-change': 'No cambió',
      marginal: 'Marginal',
      major: 'Importante',
      outstanding: 'Sobresaliente',
    },
    assessor: 'Evaluó',
    date: 'Fecha',
    note: 'Nota',
  },
};
