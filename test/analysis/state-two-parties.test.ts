/**
 * The relationship state with both parties scored in one period. Guide 002 on exit: "Er
 * komt een einde aan een zakelijke relatie en het ontbreekt volledig aan een actieve
 * benadering van de problemen", and its green-maintenance case ends with the client
 * (Delta) leaving: the exit of either party ends the relationship, whatever the other
 * party's reaction in that same period, and whichever party's rows come first.
 */
import { analyse, DEFAULT_SETTINGS } from '../../src/analysis';
import { input, sup } from './fixtures';

// Exit: active (4) and destructive (2); voice: active (4) and constructive (4). Scale 1–5, split 3.
const exit = { activity: 4, constructiveness: 2 };
const voice = { activity: 4, constructiveness: 4 };
const scores = { affective: 4, calculative: 4 };

describe('relationship state with two parties in one period', () => {
  it.each([
    ['we exit, the supplier voices', 'client', 'supplier'],
    ['the supplier exits, we voice', 'supplier', 'client'],
  ] as const)('%s: ending (exit), in either row order', (_, leaving, staying) => {
    const rows = [sup('Theta', { period: '2025-Q4', party: leaving, ...scores, ...exit }), sup('Theta', { period: '2025-Q4', party: staying, ...scores, ...voice })];
    for (const suppliers of [rows, [...rows].reverse()]) {
      const s = analyse(input({ suppliers }), DEFAULT_SETTINGS).suppliers[0];
      expect(s.state).toBe('ending');
      expect(s.stateSteps?.at(-1)).toMatchObject({ state: 'ending', cause: 'exit' });
    }
  });

  it('orders periods that are no date range by the workbook order across both parties (Ronde 2 before Ronde 10)', () => {
    // The supplier exits in round 2; in round 10 we escalate (voice): the way back up.
    const suppliers = [
      sup('Iota', { period: 'Ronde 10', party: 'client', ...scores, ...voice }),
      sup('Iota', { period: 'Ronde 2', party: 'supplier', ...scores, ...exit }),
    ];
    const s = analyse(input({ suppliers }), DEFAULT_SETTINGS).suppliers[0];
    expect(s.stateSteps?.map((x) => [x.state, x.cause])).toEqual([
      ['partnership', 'start'],
      ['ending', 'exit'],
      ['recovering', 'voice'],
    ]);
  });
});
