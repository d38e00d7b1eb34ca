import { QuadrantModel } from './quadrant';

/** VVTV / EVLN reactions: x = activity (active is high), y = constructiveness. */
export type Reaction = 'voice' | 'loyalty' | 'neglect' | 'exit';
export const REACTIONS: readonly Reaction[] = ['voice', 'loyalty', 'neglect', 'exit'];

export const REACTION_MODEL: QuadrantModel<Reaction> = {
  cells: { hh: 'voice', lh: 'loyalty', hl: 'exit', ll: 'neglect' },
};

/**
 * How far each reaction is down the road of a deteriorating relationship (domain §3,
 * the guide's closing case: loyalty → neglect → exit). Activity is not good or bad in
 * itself, so reactions are not judged by their axes: being active is good when
 * constructive (voice) and worst when destructive (exit).
 */
export const REACTION_SEVERITY: Readonly<Record<Reaction, number>> = { voice: 0, loyalty: 1, neglect: 2, exit: 3 };
