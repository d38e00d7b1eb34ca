import { QuadrantModel } from './quadrant';

/** VVTV / EVLN reactions: x = activity (active is high), y = constructiveness. */
export type Reaction = 'voice' | 'loyalty' | 'neglect' | 'exit';
export const REACTIONS: readonly Reaction[] = ['voice', 'loyalty', 'neglect', 'exit'];

export const REACTION_MODEL: QuadrantModel<Reaction> = {
  cells: { hh: 'voice', lh: 'loyalty', hl: 'exit', ll: 'neglect' },
};
