/**
 * Controls that fit each attribute, for designers. Storybook's own reading of
 * custom-elements.json turns `string | undefined` into a JSON box (so an id
 * had to be typed with its quotes), every CSS custom property into a "Set
 * object" button, and lists each attribute twice (`commitment-id` and its
 * property `commitmentId`). Here every attribute is listed once, by the name
 * a webmaster writes, with a control of its kind: ids are chosen from the
 * sample feed, colours with a colour picker, sizes and fonts in a text field.
 * `renderWidget` turns those args into the tag, exactly as a page writes it.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import type { PlanFeed } from '../shared/feed-schema.js';

/** The ids a select offers, from the sample feed; the empty choice first where the attribute may be left out. */
export function sampleIds(feed: PlanFeed): Record<string, string[]> {
  const indicators = feed.indicators ?? [];
  const dimensions = new Set(
    indicators.flatMap((indicator) =>
      (indicator.observations ?? []).flatMap((observation) => Object.keys(observation.dimensions ?? {})),
    ),
  );
  return {
    'commitment-id': ['', ...feed.commitments.map((commitment) => commitment.id)],
    'indicator-id': indicators.map((indicator) => indicator.id),
    dimension: ['', ...dimensions],
  };
}

/** Choices for attributes whose values are a short fixed list. */
const FIXED_CHOICES: Record<string, { control: 'select' | 'inline-radio'; options: (string | number)[] }> = {
  lang: { control: 'select', options: ['', 'es', 'en', 'fr'] },
  type: { control: 'inline-radio', options: ['line', 'bar'] },
  'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
};

const NUMBER_TYPES = /^number\b/;
const BOOLEAN_TYPES = /^boolean\b/;

function attributeArgType(attribute: ManifestAttribute, ids: Record<string, string[]>): ArgTypes[string] {
  const table = {
    category: 'attributes',
    type: { summary: attribute.type?.text ?? 'string' },
    defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default },
  };
  const base = { name: attribute.name, description: attribute.description, table };
  const fixed = FIXED_CHOICES[attribute.name];
  if (fixed) return { ...base, control: fixed.control, options: fixed.options };
  const options = ids[attribute.name];
  if (options?.length) return { ...base, control: 'select', options };
  const type = attribute.type?.text ?? '';
  if (BOOLEAN_TYPES.test(type)) return { ...base, control: 'boolean' };
  if (NUMBER_TYPES.test(type) || attribute.name === 'timeout') return { ...base, control: 'number' };
  return { ...base, control: 'text' };
}

function cssPropertyArgType(property: { name: string; description?: string; default?: string }): ArgTypes[string] {
  return {
    name: property.name,
    description: property.description,
    control: /color/.test(property.name) ? 'color' : 'text',
    table: {
      category: 'css custom properties',
      defaultValue: property.default === undefined ? undefined : { summary: property.default },
    },
  };
}

/** What the controls read of an element in custom-elements.json (stories/manifest.ts reads the file). */
export interface ManifestElement {
  tagName?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  cssParts?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
  members?: ManifestMember[];
}

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
  fieldName?: string;
}

/** The element's documented parts, events and attribute-less properties: listed, with no control. */
function documentedOnly(element: ManifestElement): ArgTypes {
  const withAttribute = new Set(element.attributes?.map((attribute) => attribute.fieldName));
  const rows: ArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || withAttribute.has(member.name)) continue;
    rows[member.name] = {
      name: member.name,
      description: member.description,
      control: false,
      table: { category: 'properties', type: { summary: member.type?.text ?? '' } },
    };
  }
  for (const event of element.events ?? []) {
    rows[event.name] = {
      name: event.name,
      description: event.description,
      control: false,
      table: { category: 'events' },
    };
  }
  for (const part of element.cssParts ?? []) {
    rows[`part:${part.name}`] = {
      name: part.name,
      description: part.description,
      control: false,
      table: { category: 'css shadow parts' },
    };
  }
  return rows;
}

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  description?: string;
  type?: { text?: string };
}

/**
 * The argTypes of one element: its attributes with fitting controls, then its
 * custom properties, then the rest. `ids` are the choices for id attributes
 * (see sampleIds).
 */
export function widgetArgTypes(tag: string, elements: ManifestElement[], ids: Record<string, string[]>): ArgTypes {
  const element = elements.find((candidate) => candidate.tagName === tag);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    argTypes[attribute.name] = attributeArgType(attribute, ids);
  }
  for (const property of element.cssProperties ?? []) argTypes[property.name] = cssPropertyArgType(property);
  return { ...argTypes, ...documentedOnly(element) };
}

/**
 * A story's render: the element with each arg that names an attribute set
 * as that attribute (left out when empty), and each `--ogp-*` arg set as a
 * custom property on the element, as a host page's stylesheet would.
 */
export function renderWidget(tag: string) {
  return (args: Args): HTMLElement => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined || value === null || value === '' || value === false) continue;
      if (name.startsWith('--')) element.style.setProperty(name, String(value));
      else if (/^[a-z][a-z-]*$/.test(name)) element.setAttribute(name, value === true ? '' : String(value));
    }
    return element;
  };
}
