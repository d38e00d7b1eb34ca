import { computeTimeline, excursionEvents, orderEvents, relationshipStates, StateEvent } from '../../src/model';

const NO_DECAY = { halfLifeDays: 0, critical: -6, euphoria: 6, prolongedDays: 60 };
const states = (events: StateEvent[]) => relationshipStates(orderEvents(events)).map((s) => s.state);

describe('relationship state with memory (guide 002)', () => {
  it('a short excursion puts the relationship under pressure and back: "binnen kritische grenzen ... is alles normaal"', () => {
    // -7 on day 0, +3 on day 30: outside for 30 days (< 60), brought back by an incident.
    const t = computeTimeline([{ day: 0, impact: -7 }, { day: 30, impact: 3 }], NO_DECAY, 100);
    expect(states(excursionEvents(t, 'combined'))).toEqual(['partnership', 'underPressure', 'partnership']);
  });

  it('a prolonged excursion damages the relationship, and the damage stays when decay alone brings the value back', () => {
    // Half-life 180: -8 on day 0 returns inside -6 after 180·log2(8/6) ≈ 74.7 days, > 60: prolonged.
    const t = computeTimeline([{ day: 0, impact: -8 }], { ...NO_DECAY, halfLifeDays: 180 }, 200);
    expect(t.status).toBe('normal');
    const events = excursionEvents(t, 'combined');
    expect(events.map((e) => e.kind)).toEqual(['excursionStart', 'prolonged', 'excursionEnd']);
    expect(events[1].day).toBe(60);
    expect(states(events)).toEqual(['partnership', 'underPressure', 'damaged']); // "gaan etteren": no healing by itself
  });

  it('positive incidents after damage start the recovery (the escalation that finds the way back up)', () => {
    // -7 on day 0, +4 on day 90: prolonged (90 > 60), then brought back by the incident.
    const t = computeTimeline([{ day: 0, impact: -7 }, { day: 90, impact: 4 }], NO_DECAY, 120);
    expect(states(excursionEvents(t, 'combined'))).toEqual(['partnership', 'underPressure', 'damaged', 'recovering']);
  });

  it('degrades to a plain supplier relationship on a fall to free rider or neglect, and ends on exit', () => {
    const path: StateEvent[] = [
      { kind: 'type', day: 100, period: '2023', party: 'client', type: 'prospect' },
      { kind: 'type', day: 200, period: '2024', party: 'client', type: 'freeRider', direction: 'worse' },
      { kind: 'reaction', day: 200, period: '2024', party: 'client', reaction: 'neglect' },
      { kind: 'reaction', day: 300, period: '2025', party: 'client', reaction: 'exit' },
    ];
    expect(states(path)).toEqual(['partnership', 'degraded', 'ending']);
  });

  it('waits for every line to be back within the bounds before the pressure is off', () => {
    const events: StateEvent[] = [
      { kind: 'excursionStart', day: 0, line: 'personal' },
      { kind: 'excursionStart', day: 10, line: 'business' },
      { kind: 'excursionEnd', day: 20, line: 'personal', byIncident: true },
      { kind: 'excursionEnd', day: 30, line: 'business', byIncident: true },
    ];
    const steps = relationshipStates(events);
    expect(steps.map((s) => [s.state, s.day])).toEqual([
      ['partnership', undefined],
      ['underPressure', 0],
      ['partnership', 30],
    ]);
  });

  it('voice after damage is an escalation toward recovery; a pillar type ends the recovery', () => {
    const events: StateEvent[] = [
      { kind: 'excursionStart', day: 0, line: 'combined' },
      { kind: 'prolonged', day: 60, line: 'combined' },
      { kind: 'reaction', day: 90, period: 'Q1', party: 'supplier', reaction: 'voice' },
      { kind: 'type', day: 180, period: 'Q2', party: 'supplier', type: 'pillar', direction: 'better' },
    ];
    expect(states(events)).toEqual(['partnership', 'underPressure', 'damaged', 'recovering', 'partnership']);
  });
});
