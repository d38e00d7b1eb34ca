import { analyse, DEFAULT_SETTINGS, SupplierResult } from '../../src/analysis';
import type { Problem } from '../../src/input/types';
import { input, inc, JAN1, mgr, NO_DECAY, sup } from './fixtures';

const find = (r: { suppliers: readonly SupplierResult[] }, name: string): SupplierResult => {
  const s = r.suppliers.find((x) => x.supplier === name);
  if (!s) throw new Error(`no result for ${name}`);
  return s;
};

describe('analyse: classifications of the current period', () => {
  it('reaches every type, reaction and role (typology x = calculative, y = affective)', () => {
    const r = analyse(
      input({
        suppliers: [
          sup('P', { calculative: 5, affective: 5, activity: 5, constructiveness: 5, service: 5, business: 5 }),
          sup('R', { calculative: 1, affective: 5, activity: 1, constructiveness: 5, service: 5, business: 1 }),
          sup('H', { calculative: 5, affective: 1, activity: 5, constructiveness: 1, service: 1, business: 5 }),
          sup('F', { calculative: 1, affective: 1, activity: 1, constructiveness: 1, service: 1, business: 1 }),
        ],
      }),
      DEFAULT_SETTINGS,
    );
    const pick = (n: string) => {
      const s = find(r, n);
      return [s.type, s.attention, s.reaction, s.role];
    };
    expect(pick('P')).toEqual(['pillar', 'low', 'voice', 'representative']);
    expect(pick('R')).toEqual(['prospect', 'high', 'loyalty', 'butler']);
    expect(pick('H')).toEqual(['hostage', 'tippingPoint', 'exit', 'nanny']);
    expect(pick('F')).toEqual(['freeRider', 'watch', 'neglect', 'accountant']);
    expect(find(r, 'P').current?.roleSource).toBe('supplier');
  });

  it('counts a score on the split as high and just below it as low', () => {
    const r = analyse(
      input({ suppliers: [sup('On', { calculative: 3, affective: 3 }), sup('Below', { calculative: 2.99, affective: 3 })] }),
      DEFAULT_SETTINGS,
    );
    expect(find(r, 'On').type).toBe('pillar');
    expect(find(r, 'Below').type).toBe('prospect');
  });

  it('leaves a field undefined when its score pair is incomplete or off the scale, without failing', () => {
    const r = analyse(input({ suppliers: [sup('Half', { affective: 4, activity: 2, service: 9, business: 4 })] }), DEFAULT_SETTINGS);
    const s = find(r, 'Half');
    expect(s.type).toBeUndefined();
    expect(s.attention).toBeUndefined();
    expect(s.reaction).toBeUndefined();
    expect(s.role).toBeUndefined(); // service 9 is off the 1–5 scale
    expect(s.timeline).toBeUndefined();
    expect(s.status).toBeUndefined();
  });

  it('passes the input problems through', () => {
    const p: Problem = { code: 'notANumber', severity: 'error', sheet: 'Suppliers', row: 3, column: 'Affective (B)', value: 'x' };
    expect(analyse(input({ problems: [p] }), DEFAULT_SETTINGS).problems).toEqual([p]);
  });
});

describe('analyse: role from the manager table', () => {
  const managers = [mgr('Jan', 1, 5, 'Q1 2025'), mgr('Jan', 5, 1, 'Q4 2024'), mgr('Els', 5, 5)];

  it("takes the manager's row of the same period", () => {
    const r = analyse(input({ suppliers: [sup('A', { period: 'Q4 2024', calculative: 4, affective: 4, manager: 'Jan' })], managers }), DEFAULT_SETTINGS);
    expect(find(r, 'A').role).toBe('butler'); // Q4 2024: service 5, business 1
    expect(find(r, 'A').current?.roleSource).toBe('manager');
  });

  it("takes the manager's latest period when the supplier's period is not there", () => {
    const r = analyse(input({ suppliers: [sup('A', { period: 'Q2 2025', manager: 'jan ' })], managers }), DEFAULT_SETTINGS);
    // Latest is Q1 2025 (service 1, business 5) although Q4 2024 is listed last.
    expect(find(r, 'A').role).toBe('nanny');
  });

  it("prefers the supplier row's own orientation scores", () => {
    const r = analyse(input({ suppliers: [sup('A', { period: 'Q1 2025', manager: 'Jan', service: 1, business: 1 })], managers }), DEFAULT_SETTINGS);
    expect(find(r, 'A').role).toBe('accountant');
  });

  it('reports a role per manager with its suppliers', () => {
    const r = analyse(input({ suppliers: [sup('A', { manager: 'Els' }), sup('B', { manager: 'Jan' }), sup('C', { manager: 'Jan' })], managers }), DEFAULT_SETTINGS);
    const jan = r.managers.find((m) => m.manager === 'Jan')!;
    expect(jan.role).toBe('nanny');
    expect(jan.period).toBe('Q1 2025');
    expect(jan.periods.map((p) => p.role)).toEqual(['butler', 'nanny']);
    expect(jan.suppliers).toEqual(['B', 'C']);
    expect(r.managers.find((m) => m.manager === 'Els')!.role).toBe('representative');
  });
});

describe('analyse: periods and trajectories', () => {
  it('uses the chronologically latest period as current and flags prospect → free rider as worse', () => {
    const r = analyse(
      input({
        suppliers: [
          sup('A', { period: 'Q1 2025', calculative: 1, affective: 1, activity: 1, constructiveness: 2 }),
          sup('A', { period: 'Q4 2024', calculative: 1, affective: 5, activity: 2, constructiveness: 4 }),
        ],
      }),
      DEFAULT_SETTINGS,
    );
    const a = find(r, 'A');
    expect(a.period).toBe('Q1 2025');
    expect(a.periods.map((p) => p.period)).toEqual(['Q4 2024', 'Q1 2025']);
    expect(a.type).toBe('freeRider');
    expect(a.typeMoves).toEqual([{ fromPeriod: 'Q4 2024', toPeriod: 'Q1 2025', from: 'prospect', to: 'freeRider', direction: 'worse' }]);
    expect(a.lastMove?.direction).toBe('worse');
    expect(a.reactionMoves).toEqual([{ fromPeriod: 'Q4 2024', toPeriod: 'Q1 2025', from: 'loyalty', to: 'neglect', direction: 'worse' }]);
    expect(r.periods).toEqual(['Q4 2024', 'Q1 2025']);
  });

  it('orders 2024-12 before 2025-01 and skips unclassified periods in the trajectory', () => {
    const r = analyse(
      input({
        suppliers: [
          sup('A', { period: '2025-01', calculative: 5, affective: 5 }),
          sup('A', { period: '2024-11', calculative: 5, affective: 1 }),
          sup('A', { period: '2024-12', affective: 3 }),
        ],
      }),
      DEFAULT_SETTINGS,
    );
    const a = find(r, 'A');
    expect(a.periods.map((p) => p.period)).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(a.typeMoves).toEqual([{ fromPeriod: '2024-11', toPeriod: '2025-01', from: 'hostage', to: 'pillar', direction: 'better' }]);
    expect(a.reactionMoves).toEqual([]);
  });

  it('counts neglect → exit as a further decline (the guide: loyalty → neglect → exit)', () => {
    const r = analyse(
      input({
        suppliers: [
          sup('A', { period: '2025-Q1', activity: 1, constructiveness: 1 }),
          sup('A', { period: '2025-Q2', activity: 5, constructiveness: 1 }),
        ],
      }),
      DEFAULT_SETTINGS,
    );
    expect(find(r, 'A').reactionMoves).toEqual([{ fromPeriod: '2025-Q1', toPeriod: '2025-Q2', from: 'neglect', to: 'exit', direction: 'worse' }]);
  });
});

describe('analyse: appreciation timelines', () => {
  it('without a date set and without a clock (pure callers), evaluates every timeline on the latest incident day over all suppliers', () => {
    const r = analyse(
      input({ suppliers: [sup('A', { calculative: 4, affective: 4 })], incidents: [inc('A', JAN1, -8), inc('B', JAN1 + 100, 2)] }),
      NO_DECAY,
    );
    expect(r.asOf).toBe(JAN1 + 100);
    const a = find(r, 'A');
    expect(a.appreciation).toBe(-8);
    expect(a.status).toBe('critical');
    expect(a.daysOutside).toBe(100);
    expect(a.prolonged).toBe(true); // 100 > 60
  });

  it('honours settings.asOf and leaves later incidents out', () => {
    const r = analyse(input({ incidents: [inc('A', JAN1, -8), inc('A', JAN1 + 100, 20)] }), { ...NO_DECAY, asOf: JAN1 + 30 });
    const a = find(r, 'A');
    expect(r.asOf).toBe(JAN1 + 30);
    expect(a.daysOutside).toBe(30);
    expect(a.prolonged).toBe(false);
    expect(a.timeline?.ignoredAfterAsOf).toBe(1);
  });

  it("uses the settings' half-life: -8 decays back inside -6 after 180·log2(8/6) days", () => {
    const r = analyse(input({ incidents: [inc('A', 0, -8)] }), { ...DEFAULT_SETTINGS, appreciation: { ...DEFAULT_SETTINGS.appreciation, halfLifeDays: 180 }, asOf: 180 });
    const a = find(r, 'A');
    expect(a.appreciation).toBeCloseTo(-4, 10);
    expect(a.status).toBe('normal');
    expect(a.timeline?.excursions).toHaveLength(1);
    expect(a.timeline!.excursions[0].end).toBeCloseTo(74.71, 2);
  });

  it('lists suppliers found only in incidents and still gives them a timeline; names match across tables', () => {
    const r = analyse(
      input({ suppliers: [sup('Acme BV', { calculative: 4, affective: 4 })], incidents: [inc('acme  bv', JAN1, 7), inc('Zeta', JAN1, -2)] }),
      NO_DECAY,
    );
    expect(r.onlyInIncidents).toEqual(['Zeta']);
    expect(r.suppliers.map((s) => s.supplier)).toEqual(['Acme BV', 'Zeta']);
    expect(find(r, 'Acme BV').status).toBe('euphoria');
    const z = find(r, 'Zeta');
    expect(z.onlyInIncidents).toBe(true);
    expect(z.type).toBeUndefined();
    expect(z.appreciation).toBe(-2);
    expect(z.status).toBe('normal');
  });

  it('has no as-of day and no timelines without incidents', () => {
    const r = analyse(input({ suppliers: [sup('A', { calculative: 4, affective: 4 })] }), DEFAULT_SETTINGS);
    expect(r.asOf).toBeUndefined();
    expect(find(r, 'A').timeline).toBeUndefined();
    expect(find(r, 'A').daysOutside).toBe(0);
  });
});
