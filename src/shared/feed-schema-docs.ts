/**
 * What each field of the plan feed means, where its schema is shared and
 * cannot say it: a text, a date, a number, a list. `npm run schema` writes
 * these into `schema/plan-feed.schema.json` (before the schema's own words,
 * such as "Fecha AAAA-MM-DD.") and from there into docs/feed-reference.md.
 *
 * Keyed by definition (`PlanFeed` is the document itself), then by the
 * field's path in it: `a.b` for a field of an object, `a[].b` for a field of
 * each item of a list. Only Node reads this module; the widgets never import
 * it, so the bundle does not carry it. A test fails when a path here matches
 * no field of the schema.
 */
export const FEED_FIELD_DOCS: Record<string, Record<string, string>> = {
  PlanFeed: {
    plan: 'El plan: su nombre, territorio, periodo y responsables.',
    commitments: 'Los compromisos del plan, en el orden en que se muestran.',
    indicators: 'Los indicadores con los que se mide el avance de los compromisos.',
    feedback: 'A dónde envía sus mensajes el formulario de comentarios, y quién trata los datos personales.',
    changes:
      'Las novedades de la última actualización (desde 1.1). Las escribe build-feed al comparar con el feed anterior: no se escriben a mano.',
  },
  Plan: {
    id: 'Identificador del plan.',
    defaultLanguage:
      'Idioma principal del plan (desde 1.1). Los textos simples están en él, y todo texto con idiomas debe tenerlo. Sin él, "es".',
    timeZone:
      'Zona horaria del plan (desde 1.1), para "hoy", los hitos vencidos y la marca "Hoy". Sin ella, "America/Bogota".',
    currency: 'Moneda de los indicadores de dinero que no dicen la suya (desde 1.1). Sin ella, COP.',
    territories:
      'Territorios entre los que elige quien escribe en el formulario (desde 1.1). Sin ellos, el formulario no pregunta el territorio.',
    title: 'Nombre del plan, como lo verá la ciudadanía.',
    jurisdiction: 'Territorio del plan, por ejemplo "Medellín".',
    period: 'Periodo del plan.',
    'period.start': 'Primer día del plan.',
    'period.end': 'Último día del plan.',
    monitoringBody: 'Quién hace el seguimiento del plan.',
    forum: 'El espacio de diálogo entre el gobierno y la sociedad civil que acompaña el plan.',
    links: 'Enlaces a páginas del plan.',
    'links.planPage': 'Página pública del plan. La versión en iframe la enlaza como fuente.',
    'links.dataPolicy': 'Política de datos abiertos o de tratamiento de datos.',
    'links.feedbackForm':
      'Página con el formulario de comentarios (desde 1.1). Cada compromiso enlaza a ella con ?commitment=<id> para comentarlo.',
    updatedAt: 'Cuándo se actualizó este archivo por última vez.',
    sample: 'true si los datos son de ejemplo. Los widgets lo avisan.',
    sampleNote: 'Texto del aviso de datos de ejemplo, en lugar de "Datos de ejemplo".',
  },
  Commitment: {
    id: 'Identificador del compromiso. Aparece en los enlaces directos (#compromiso-<id>).',
    title: 'Nombre corto del compromiso.',
    summary: 'Resumen en una o dos frases.',
    problem: 'El problema que el compromiso quiere resolver.',
    action: 'Qué se va a hacer.',
    ogpValues: 'Valores de gobierno abierto a los que aporta el compromiso.',
    theme: 'Tema o eje del plan al que pertenece el compromiso.',
    lead: 'Institución responsable del compromiso.',
    start: 'Fecha de inicio del compromiso.',
    end: 'Fecha de cierre del compromiso.',
    status: 'Estado declarado. Sin él, se calcula con los hitos.',
    milestones: 'Los hitos del compromiso, cada uno con fecha y estado.',
    indicatorIds: 'Ids de los indicadores que miden este compromiso.',
    assessment: 'Evaluación independiente del compromiso, con las categorías del IRM de OGP.',
  },
  Territory: {
    id: 'Identificador del territorio.',
    name: 'Nombre del territorio. El formulario envía el nombre en el idioma principal del plan.',
    group: 'Grupo al que pertenece, por ejemplo "Comunas" o "Corregimientos". El formulario los muestra agrupados.',
  },
  Milestone: {
    id: 'Identificador del hito, único dentro de su compromiso.',
    title: 'Qué se entrega en este hito.',
    due: 'Fecha límite del hito. Si pasa sin que el hito se cumpla, los widgets lo marcan como vencido.',
    completed: 'Fecha en que se cumplió el hito.',
    'evidence[].title': 'Nombre del documento o de la página de evidencia.',
    'evidence[].url': 'Dónde ver la evidencia.',
  },
  Assessment: {
    verifiable: 'true si el compromiso se puede verificar.',
    assessor: 'Quién hizo la evaluación.',
    date: 'Fecha de la evaluación.',
    note: 'Comentario de quien evalúa.',
  },
  Indicator: {
    id: 'Identificador del indicador.',
    commitmentId: 'Id del compromiso que mide este indicador.',
    name: 'Nombre del indicador.',
    description: 'Qué mide el indicador y cómo se calcula.',
    unit: 'Unidad de los valores, por ejemplo "días" o "personas".',
    currency: 'Código de moneda ISO 4217, como COP, cuando la medida es currency. Sin él, la moneda del plan.',
    baseline: 'Línea base: el valor de partida y su fecha.',
    'baseline.date': 'Fecha de la línea base.',
    'baseline.value': 'Valor de la línea base. Los porcentajes van de 0 a 100.',
    'targets[].date': 'Fecha de la meta.',
    'targets[].value': 'Valor de la meta. Los porcentajes van de 0 a 100.',
    source: 'De dónde vienen los datos.',
    sourceUrl: 'Página de la fuente de los datos.',
    notes: 'Notas sobre los datos, por ejemplo un cambio de método.',
    updatedAt: 'Cuándo se actualizaron los datos del indicador.',
  },
  Observation: {
    date: 'Fecha de la medición.',
    value: 'Valor medido. Los porcentajes van de 0 a 100.',
  },
  Changes: {
    since: 'Fecha de la actualización anterior: las novedades son las posteriores.',
    items: 'Cada novedad.',
  },
  Change: {
    commitmentId: 'El compromiso que cambió, o al que pertenece el hito que cambió.',
    milestoneId: 'El hito que cambió o que se agregó.',
    indicatorId: 'El indicador que tiene un dato nuevo.',
    status: 'El estado nuevo del compromiso o del hito.',
    date: 'La fecha del dato nuevo.',
  },
  FeedbackSettings: {
    endpoint: 'A dónde se envían los mensajes del formulario.',
    controller: 'Responsable del tratamiento de los datos personales (Ley 1581 de 2012).',
    'controller.name': 'Nombre de la entidad responsable.',
    'controller.address': 'Dirección física de la entidad responsable.',
    privacyPolicyUrl: 'Política de tratamiento de datos personales.',
  },
};
