/**
 * The English feed reference's words: each Spanish sentence of the
 * published schema's descriptions (from src/shared/feed-schema-docs.ts and
 * the schema's own `doc()`s) and its English. scripts/schema-docs.ts
 * translates a description sentence by sentence and fails on one it has no
 * English for, so a new or changed Spanish text cannot leave the English
 * reference behind (test/node/feed-reference.test.ts).
 */
export const FEED_DOCS_EN: Record<string, string> = {
  // The feed and the plan.
  'Plan de acción de gobierno abierto: compromisos, hitos e indicadores, para ogp-plan-widgets.':
    'Open government action plan: commitments, milestones and indicators, for ogp-plan-widgets.',
  'Versión del formato. Esta biblioteca lee 1.x.': 'Version of the format. This library reads 1.x.',
  'El plan: su nombre, territorio, periodo y responsables.': 'The plan: its name, territory, period and who leads it.',
  'Los compromisos del plan, en el orden en que se muestran.': 'The plan’s commitments, in the order they are shown.',
  'Los indicadores con los que se mide el avance de los compromisos.':
    'The indicators that measure the commitments’ progress.',
  'A dónde envía sus mensajes el formulario de comentarios, y quién trata los datos personales.':
    'Where the feedback form sends its messages, and who processes the personal data.',
  'Identificador del plan.': 'Identifier of the plan.',
  'Idioma principal del plan (desde 1.1). Los textos simples están en él, y todo texto con idiomas debe tenerlo. Sin él, "es".':
    'The plan’s default language (since 1.1). Plain-string texts are in it, and every text with languages must have it. Without it, "es".',
  'Zona horaria del plan (desde 1.1), para "hoy", los hitos vencidos y la marca "Hoy". Sin ella, "America/Bogota".':
    'The plan’s time zone (since 1.1), for "today", overdue milestones and the "today" mark. Without it, "America/Bogota".',
  'Moneda de los indicadores de dinero que no dicen la suya (desde 1.1). Sin ella, COP.':
    'Currency of the money indicators that name none (since 1.1). Without it, COP.',
  'Territorios entre los que elige quien escribe en el formulario (desde 1.1). Sin ellos, el formulario no pregunta el territorio.':
    'Territories a person writing in the form chooses from (since 1.1). Without them, the form does not ask for a territory.',
  'Nombre del plan, como lo verá la ciudadanía.': 'Name of the plan, as the public will see it.',
  'Territorio del plan, por ejemplo "Medellín".': 'Territory of the plan, for example "Medellín".',
  'Periodo del plan.': 'Period of the plan.',
  'Primer día del plan.': 'First day of the plan.',
  'Último día del plan.': 'Last day of the plan.',
  'Instituciones líderes.': 'Lead institutions.',
  'Quién hace el seguimiento del plan.': 'Who monitors the plan.',
  'El espacio de diálogo entre el gobierno y la sociedad civil que acompaña el plan.':
    'The forum of government and civil society that accompanies the plan.',
  'Enlaces a páginas del plan.': 'Links to the plan’s pages.',
  'Página pública del plan. La versión en iframe la enlaza como fuente.':
    'Public page of the plan. The iframe version links to it as the source.',
  'Política de datos abiertos o de tratamiento de datos.': 'Open data or data processing policy.',
  'Página con el formulario de comentarios (desde 1.1). Cada compromiso enlaza a ella con ?commitment=<id> para comentarlo.':
    'Page with the feedback form (since 1.1). Each commitment links to it with ?commitment=<id> to comment on it.',
  'Dirección web http o https.': 'An http or https web address.',
  'Cuándo se actualizó este archivo por última vez.': 'When this file was last updated.',
  'true si los datos son de ejemplo. Los widgets lo avisan.': 'true if the data are a sample. The widgets say so.',
  'Texto del aviso de datos de ejemplo, en lugar de "Datos de ejemplo".':
    'Text of the sample-data notice, instead of "Sample data".',
  // Territories.
  'Identificador del territorio.': 'Identifier of the territory.',
  'Nombre del territorio. El formulario envía el nombre en el idioma principal del plan.':
    'Name of the territory. The form sends the name in the plan’s default language.',
  'Grupo al que pertenece, por ejemplo "Comunas" o "Corregimientos". El formulario los muestra agrupados.':
    'The group it belongs to, for example "Comunas" or "Corregimientos". The form shows them grouped.',
  // Commitments and milestones.
  'Identificador del compromiso. Aparece en los enlaces directos (#compromiso-<id>).':
    'Identifier of the commitment. It appears in direct links (#compromiso-<id>).',
  'Nombre corto del compromiso.': 'Short name of the commitment.',
  'Resumen en una o dos frases.': 'Summary in one or two sentences.',
  'El problema que el compromiso quiere resolver.': 'The problem the commitment sets out to solve.',
  'Qué se va a hacer.': 'What will be done.',
  'Valores de gobierno abierto a los que aporta el compromiso.': 'Open government values the commitment serves.',
  'Valor de gobierno abierto.': 'Open government value.',
  'Tema o eje del plan al que pertenece el compromiso.': 'Theme or pillar of the plan the commitment belongs to.',
  'Institución responsable del compromiso.': 'Institution responsible for the commitment.',
  'Actores de apoyo.': 'Supporting actors.',
  'Fecha de inicio del compromiso.': 'Start date of the commitment.',
  'Fecha de cierre del compromiso.': 'End date of the commitment.',
  'Estado declarado. Sin él, se calcula con los hitos.':
    'Declared status. Without it, it is worked out from the milestones.',
  'Estado: not-started (sin iniciar), in-progress (en curso), delayed (retrasado), completed (cumplido), cancelled (cancelado).':
    'Status: not-started, in-progress, delayed, completed, cancelled.',
  'Avance explícito, de 0 a 100. Sin él, se calcula con los hitos.':
    'Explicit progress, from 0 to 100. Without it, it is worked out from the milestones.',
  'Los hitos del compromiso, cada uno con fecha y estado.':
    'The commitment’s milestones, each with a date and a status.',
  'Ids de los indicadores que miden este compromiso.': 'Ids of the indicators that measure this commitment.',
  'Evaluación independiente del compromiso, con las categorías del IRM de OGP.':
    'Independent assessment of the commitment, in the categories of OGP’s IRM.',
  'Identificador del hito, único dentro de su compromiso.':
    'Identifier of the milestone, unique within its commitment.',
  'Qué se entrega en este hito.': 'What this milestone delivers.',
  'Fecha límite del hito. Si pasa sin que el hito se cumpla, los widgets lo marcan como vencido.':
    'Due date of the milestone. If it passes before the milestone is completed, the widgets mark it overdue.',
  'Fecha en que se cumplió el hito.': 'Date the milestone was completed.',
  'Enlaces a las evidencias del hito.': 'Links to the milestone’s evidence.',
  'Nombre del documento o de la página de evidencia.': 'Name of the evidence document or page.',
  'Dónde ver la evidencia.': 'Where to see the evidence.',
  // Assessment.
  'true si el compromiso se puede verificar.': 'true if the commitment can be verified.',
  'Potencial de resultados (estilo IRM).': 'Potential for results (IRM style).',
  'Nivel de cumplimiento (estilo IRM).': 'Level of completion (IRM style).',
  '¿Abrió el gobierno? (estilo IRM).': 'Did it open government? (IRM style).',
  'Quién hizo la evaluación.': 'Who made the assessment.',
  'Fecha de la evaluación.': 'Date of the assessment.',
  'Comentario de quien evalúa.': 'The assessor’s comment.',
  // Indicators.
  'Identificador del indicador.': 'Identifier of the indicator.',
  'Id del compromiso que mide este indicador.': 'Id of the commitment this indicator measures.',
  'Nombre del indicador.': 'Name of the indicator.',
  'Qué mide el indicador y cómo se calcula.': 'What the indicator measures and how it is computed.',
  'Medida: number, percentage, count o currency.': 'Measure: number, percentage, count or currency.',
  'Unidad de los valores, por ejemplo "días" o "personas".': 'Unit of the values, for example "days" or "people".',
  'Código de moneda ISO 4217, como COP, cuando la medida es currency. Sin él, la moneda del plan.':
    'ISO 4217 currency code, such as COP, when the measure is currency. Without it, the plan’s currency.',
  'Qué es mejor: higher-is-better o lower-is-better.': 'Which is better: higher-is-better or lower-is-better.',
  'Línea base: el valor de partida y su fecha.': 'Baseline: the starting value and its date.',
  'Fecha de la línea base.': 'Date of the baseline.',
  'Valor de la línea base. Los porcentajes van de 0 a 100.': 'Value of the baseline. Percentages go from 0 to 100.',
  'Metas, cada una con fecha y valor.': 'Targets, each with a date and a value.',
  'Fecha de la meta.': 'Date of the target.',
  'Valor de la meta. Los porcentajes van de 0 a 100.': 'Value of the target. Percentages go from 0 to 100.',
  'Mediciones, cada una con fecha y valor.': 'Measurements, each with a date and a value.',
  'De dónde vienen los datos.': 'Where the data come from.',
  'Página de la fuente de los datos.': 'Page of the data’s source.',
  'Notas sobre los datos, por ejemplo un cambio de método.': 'Notes on the data, for example a change of method.',
  'Cuándo se actualizaron los datos del indicador.': 'When the indicator’s data were updated.',
  'Fecha de la medición.': 'Date of the measurement.',
  'Valor medido. Los porcentajes van de 0 a 100.': 'Measured value. Percentages go from 0 to 100.',
  'Desagregación de este valor, por ejemplo {"sex": "mujer", "ageGroup": "14-17", "territory": "Comuna 1"}. Sin ella, el valor es el total.':
    'Breakdown of this value, for example {"sex": "mujer", "ageGroup": "14-17", "territory": "Comuna 1"}. Without it, the value is the total.',
  // Changes.
  'Las novedades de la última actualización (desde 1.1). Las escribe build-feed al comparar con el feed anterior: no se escriben a mano.':
    'What changed in the last update (since 1.1). build-feed writes them by comparing with the previous feed: they are never typed by hand.',
  'Fecha de la actualización anterior: las novedades son las posteriores.':
    'Date of the previous update: the changes are the ones after it.',
  'Cada novedad.': 'Each change.',
  'Qué cambió: commitment-added, commitment-status, milestone-added, milestone-status, observation-added.':
    'What changed: commitment-added, commitment-status, milestone-added, milestone-status, observation-added.',
  'El compromiso que cambió, o al que pertenece el hito que cambió.':
    'The commitment that changed, or the one the changed milestone belongs to.',
  'El hito que cambió o que se agregó.': 'The milestone that changed or was added.',
  'El indicador que tiene un dato nuevo.': 'The indicator with a new value.',
  'El estado nuevo del compromiso o del hito.': 'The new status of the commitment or milestone.',
  'La fecha del dato nuevo.': 'The date of the new value.',
  // The feedback form.
  'A dónde se envían los mensajes del formulario.': 'Where the form’s messages are sent.',
  'Responsable del tratamiento de los datos personales (Ley 1581 de 2012).':
    'Controller of the personal data (Colombia’s Law 1581 of 2012).',
  'Nombre de la entidad responsable.': 'Name of the controller.',
  'Correo, teléfono o dirección del responsable del tratamiento.': 'Email, phone or address of the controller.',
  'Dirección física de la entidad responsable.': 'Postal address of the controller.',
  'Política de tratamiento de datos personales.': 'Personal data policy.',
  'Finalidades que muestra el texto de autorización.': 'Purposes the consent text lists.',
  'Versión del texto de autorización.': 'Version of the consent text.',
  'Dónde están las preguntas respondidas y publicadas (JSON de schema/feedback-answers.schema.json).':
    'Where the answered and published questions are (JSON of schema/feedback-answers.schema.json).',
  // The schema's own words for shared types.
  'Identificador estable: letras, números, guiones y guiones bajos.':
    'Stable identifier: letters, digits, hyphens and underscores.',
  'Fecha AAAA-MM-DD.': 'Date YYYY-MM-DD.',
  'Fecha AAAA-MM-DD, o fecha y hora ISO 8601 con zona horaria.':
    'Date YYYY-MM-DD, or an ISO 8601 date and time with its time zone.',
  'Dirección web absoluta.': 'Absolute web address.',
  'Dirección absoluta, o ruta relativa al servidor del feed.': 'Absolute address, or a path on the feed’s server.',
  'Etiqueta de idioma BCP 47, como "es", "fr" o "pt-BR".': 'BCP 47 language tag, such as "es", "fr" or "pt-BR".',
  'El texto en cada idioma; el idioma principal del plan es obligatorio.':
    'The text in each language; the plan’s default language is required.',
  'Zona horaria IANA, como "America/Bogota".': 'IANA time zone, such as "America/Bogota".',
  'Código de moneda ISO 4217, como COP o EUR.': 'ISO 4217 currency code, such as COP or EUR.',
};

/**
 * A description in English: the longest known Spanish sentence at its start,
 * then the rest the same way. Throws on a sentence it has no English for.
 */
export function describeInEnglish(spanish: string): string {
  const known = Object.keys(FEED_DOCS_EN).sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let rest = spanish.trim();
  while (rest) {
    const sentence = known.find((candidate) => rest.startsWith(candidate));
    if (!sentence) throw new Error(`scripts/feed-reference-en.ts: no English for "${rest}"`);
    parts.push(FEED_DOCS_EN[sentence]!);
    rest = rest.slice(sentence.length).trim();
  }
  return parts.join(' ');
}
