export * from './settings';
export * from './results';
export * from './periods';
export * from './names';
export { analyse } from './analyse';
export { CATEGORY_KEYS, dominantNegativeCategory, NO_INCIDENT_TALLIES, tallyCategories, totalNegative } from './incident-categories';
