import fc from 'fast-check';
import { TYPOLOGY, ROLE_MODEL, REACTION_MODEL, classify, makeScale, isScale, ATTENTION_BY_TYPE, Scale } from '../../src/model';

const scale15 = makeScale(1, 5) as Scale;

describe('relationship typology (x = calculative, y = affective)', () => {
  it.each([
    [5, 5, 'pillar'],
    [1, 5, 'prospect'],
    [5, 1, 'hostage'],
    [1, 1, 'freeRider'],
  ])('calculative %d, affective %d → %s', (calc, aff, type) => {
    expect(classify(TYPOLOGY, calc, aff, scale15)).toEqual({ ok: true, value: type });
  });

  it('counts a score exactly on the split as high', () => {
    expect(classify(TYPOLOGY, 3, 3, scale15)).toEqual({ ok: true, value: 'pillar' });
    expect(classify(TYPOLOGY, 2.999, 3, scale15)).toEqual({ ok: true, value: 'prospect' });
    expect(classify(TYPOLOGY, 3, 2.999, scale15)).toEqual({ ok: true, value: 'hostage' });
  });

  it('uses the midpoint of other scales as default split', () => {
    const s17 = makeScale(1, 7) as Scale;
    expect(s17.split).toBe(4);
    const s110 = makeScale(1, 10) as Scale;
    expect(s110.split).toBe(5.5);
    expect(classify(TYPOLOGY, 5.4, 5.5, s110)).toEqual({ ok: true, value: 'prospect' });
  });

  it('honours an explicit split', () => {
    const s = makeScale(1, 5, 4) as Scale;
    expect(classify(TYPOLOGY, 3.5, 4, s)).toEqual({ ok: true, value: 'prospect' });
  });

  it('rejects scores outside the scale and names the axis', () => {
    expect(classify(TYPOLOGY, 6, 3, scale15)).toEqual({ ok: false, error: 'scoreOutOfRange', axis: 'x' });
    expect(classify(TYPOLOGY, 3, 0, scale15)).toEqual({ ok: false, error: 'scoreOutOfRange', axis: 'y' });
    expect(classify(TYPOLOGY, NaN, 3, scale15).ok).toBe(false);
  });

  it('rejects impossible scales', () => {
    expect(makeScale(5, 1)).toBe('scaleMinNotBelowMax');
    expect(makeScale(1, 5, 6)).toBe('splitOutsideScale');
    expect(makeScale(NaN, 5)).toBe('scaleNotNumeric');
    expect(isScale(makeScale(0, 10, 0))).toBe(true);
  });

  it('maps each type to the attention of the domain table', () => {
    expect(ATTENTION_BY_TYPE).toEqual({ pillar: 'low', prospect: 'high', hostage: 'tippingPoint', freeRider: 'watch' });
  });

  it('property: the quadrant follows each axis independently', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (x, y) => {
        const r = classify(TYPOLOGY, x, y, scale15);
        if (!r.ok) return false;
        const affHigh = r.value === 'pillar' || r.value === 'prospect';
        const calcHigh = r.value === 'pillar' || r.value === 'hostage';
        return affHigh === y >= 3 && calcHigh === x >= 3;
      }),
    );
  });
});

describe('manager roles (x = business, y = service)', () => {
  it.each([
    [1, 5, 'butler'],
    [1, 1, 'accountant'],
    [5, 1, 'nanny'],
    [5, 5, 'representative'],
  ])('business %d, service %d → %s', (b, s, role) => {
    expect(classify(ROLE_MODEL, b, s, scale15)).toEqual({ ok: true, value: role });
  });
});

describe('VVTV reactions (x = activity, y = constructiveness)', () => {
  it.each([
    [5, 5, 'voice'],
    [1, 5, 'loyalty'],
    [1, 1, 'neglect'],
    [5, 1, 'exit'],
  ])('activity %d, constructiveness %d → %s', (a, c, reaction) => {
    expect(classify(REACTION_MODEL, a, c, scale15)).toEqual({ ok: true, value: reaction });
  });
});
