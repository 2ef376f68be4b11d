/**
 * Medellín's 16 comunas and 5 corregimientos, by their official names and
 * numbers, as the form offers them and as `profile.territory` carries them
 * ("Comuna 1 - Popular", "Corregimiento San Cristóbal": the same spelling as
 * the demo feed's `territory` dimension). Another city sets the element's
 * `territories` property.
 */
export interface TerritoryGroups {
  /** Urban territories, shown under "Comunas". */
  urban: readonly string[];
  /** Rural territories, shown under "Corregimientos". */
  rural: readonly string[];
}

/** The official names are "Comuna <number> - <name>" (numbered in this order) and "Corregimiento <name>". */
export const MEDELLIN_TERRITORIES: TerritoryGroups = {
  urban: [
    'Popular',
    'Santa Cruz',
    'Manrique',
    'Aranjuez',
    'Castilla',
    'Doce de Octubre',
    'Robledo',
    'Villa Hermosa',
    'Buenos Aires',
    'La Candelaria',
    'Laureles-Estadio',
    'La América',
    'San Javier',
    'El Poblado',
    'Guayabal',
    'Belén',
  ].map((name, index) => `Comuna ${index + 1} - ${name}`),
  rural: ['San Sebastián de Palmitas', 'San Cristóbal', 'Altavista', 'San Antonio de Prado', 'Santa Elena'].map(
    (name) => `Corregimiento ${name}`,
  ),
};
