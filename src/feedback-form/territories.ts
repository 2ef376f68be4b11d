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

export const MEDELLIN_TERRITORIES: TerritoryGroups = {
  urban: [
    'Comuna 1 - Popular',
    'Comuna 2 - Santa Cruz',
    'Comuna 3 - Manrique',
    'Comuna 4 - Aranjuez',
    'Comuna 5 - Castilla',
    'Comuna 6 - Doce de Octubre',
    'Comuna 7 - Robledo',
    'Comuna 8 - Villa Hermosa',
    'Comuna 9 - Buenos Aires',
    'Comuna 10 - La Candelaria',
    'Comuna 11 - Laureles-Estadio',
    'Comuna 12 - La América',
    'Comuna 13 - San Javier',
    'Comuna 14 - El Poblado',
    'Comuna 15 - Guayabal',
    'Comuna 16 - Belén',
  ],
  rural: [
    'Corregimiento San Sebastián de Palmitas',
    'Corregimiento San Cristóbal',
    'Corregimiento Altavista',
    'Corregimiento San Antonio de Prado',
    'Corregimiento Santa Elena',
  ],
};
