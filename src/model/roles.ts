import { QuadrantModel } from './quadrant';

/** Relationship-manager roles: x = business orientation, y = service orientation. */
export type Role = 'butler' | 'accountant' | 'nanny' | 'representative';
export const ROLES: readonly Role[] = ['butler', 'accountant', 'nanny', 'representative'];

export const ROLE_MODEL: QuadrantModel<Role> = {
  cells: { hh: 'representative', lh: 'butler', hl: 'nanny', ll: 'accountant' },
};
