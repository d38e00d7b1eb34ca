export * from './scale';
export * from './quadrant';
export * from './typology';
export * from './roles';
export * from './reactions';
export * from './appreciation';
export * from './trajectory';
export * from './survey';
