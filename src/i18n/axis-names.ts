import type { ModelConstruct } from '../model';

/**
 * The six axes of the RMO models by name, once per language: the catalogue's axis labels,
 * the input column names and the questionnaire's construct names are these same words.
 */
export const AXIS_NAMES_EN: Readonly<Record<ModelConstruct, string>> = {
  affective: 'Affective commitment',
  calculative: 'Calculative commitment',
  activity: 'Activity',
  constructiveness: 'Constructiveness',
  service: 'Service orientation',
  business: 'Business orientation',
};

export const AXIS_NAMES_NL: Readonly<Record<ModelConstruct, string>> = {
  affective: 'Affectieve betrokkenheid',
  calculative: 'Berekende betrokkenheid',
  activity: 'Activiteit',
  constructiveness: 'Constructiviteit',
  service: 'Servicegerichtheid',
  business: 'Businessgerichtheid',
};
