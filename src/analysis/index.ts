export * from './settings';
export * from './results';
export * from './periods';
export * from './names';
export { analyse } from './analyse';
