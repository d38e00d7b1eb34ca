import { QuadrantModel, cellOf } from './quadrant';

/**
 * Movement between quadrants over periods (domain §5). A move is "worse" when it
 * loses a high axis and gains none, "better" when the reverse, "shift" when it
 * trades one for the other (e.g. prospect to hostage).
 */
export type MoveDirection = 'same' | 'better' | 'worse' | 'shift';

export interface Step<Q extends string> {
  readonly period: string;
  readonly quadrant: Q;
}

export interface Move<Q extends string> {
  readonly fromPeriod: string;
  readonly toPeriod: string;
  readonly from: Q;
  readonly to: Q;
  readonly direction: MoveDirection;
}

function axes<Q extends string>(model: QuadrantModel<Q>, q: Q): [boolean, boolean] {
  for (const x of [true, false]) for (const y of [true, false]) if (cellOf(model, x, y) === q) return [x, y];
  throw new Error(`quadrant ${q} not in model`);
}

export function moveDirection<Q extends string>(model: QuadrantModel<Q>, from: Q, to: Q): MoveDirection {
  const [fx, fy] = axes(model, from);
  const [tx, ty] = axes(model, to);
  const gained = Number(!fx && tx) + Number(!fy && ty);
  const lost = Number(fx && !tx) + Number(fy && !ty);
  if (gained === 0 && lost === 0) return 'same';
  if (gained > 0 && lost > 0) return 'shift';
  return gained > 0 ? 'better' : 'worse';
}

/** How a move from one quadrant to another is judged. */
export type MoveJudge<Q extends string> = (from: Q, to: Q) => MoveDirection;

/** Judges by the model's axes (see moveDirection): right for the typology and the roles. */
export function byAxes<Q extends string>(model: QuadrantModel<Q>): MoveJudge<Q> {
  return (from, to) => moveDirection(model, from, to);
}

/** Judges by a severity rank (higher = worse): for models whose axes are not both "good when high". */
export function bySeverity<Q extends string>(severity: Readonly<Record<Q, number>>): MoveJudge<Q> {
  return (from, to) => (severity[to] === severity[from] ? 'same' : severity[to] > severity[from] ? 'worse' : 'better');
}

/** Moves between consecutive steps; steps must already be in period order. */
export function trajectoryMoves<Q extends string>(judge: MoveJudge<Q>, steps: readonly Step<Q>[]): Move<Q>[] {
  const moves: Move<Q>[] = [];
  for (let i = 1; i < steps.length; i++) {
    const a = steps[i - 1];
    const b = steps[i];
    moves.push({ fromPeriod: a.period, toPeriod: b.period, from: a.quadrant, to: b.quadrant, direction: judge(a.quadrant, b.quadrant) });
  }
  return moves;
}
