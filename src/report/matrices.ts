import { Catalogue, catalogue } from '../i18n';
import { QuadrantModel, REACTION_MODEL, ROLE_MODEL, TYPOLOGY } from '../model';
import type { AnalysisResult, PartyView, Scores, Settings, SupplierResult } from '../analysis';
import { format } from '../i18n';
import type { SheetPlan } from './plan';
import { matrixSheet, MatrixPoint } from './matrix-sheet';
import { sheetKey } from './labels';
import { REACTION_FILL, ROLE_FILL, TYPE_FILL } from './palette';
import { byName } from './sort';

type AxisEnd = keyof Catalogue['axisEnds'];

/** What differs between the three matrix sheets; everything else is matrixSheet's job. */
interface MatrixKind<Q extends string> {
  readonly id: 'typology' | 'roles' | 'reactions';
  readonly model: QuadrantModel<Q>;
  readonly names: (c: Catalogue) => Readonly<Record<Q, string>>;
  readonly fills: Readonly<Record<Q, string>>;
  /** Score on the horizontal and the vertical axis (also the axis title's key). */
  readonly x: keyof Scores & keyof Catalogue['axes'];
  readonly y: keyof Scores & keyof Catalogue['axes'];
  /** Low and high end labels of each axis. */
  readonly xEnds: readonly [AxisEnd, AxisEnd];
  readonly yEnds: readonly [AxisEnd, AxisEnd];
  readonly quadrant: (s: SupplierResult) => Q | undefined;
  readonly label?: (s: SupplierResult) => string;
  /** A party's quadrant in its own view: set for the models both parties score (typology, reactions). */
  readonly viewQuadrant?: (v: PartyView) => Q | undefined;
}

function kindSheet<Q extends string>(kind: MatrixKind<Q>, result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  const ends = ([low, high]: readonly [AxisEnd, AxisEnd]): readonly [string, string] => [c.axisEnds[low], c.axisEnds[high]];
  const points: MatrixPoint<Q>[] = [];
  // In name order, so the matrix rarely needs to sort its labels again.
  let linked = false;
  for (const s of byName(result.suppliers)) {
    // Both parties scored this model: one point per view, linked (guide 002: the relationship is mutual).
    const both = kind.viewQuadrant && s.views && s.views.length === 2 ? s.views.filter((v) => kind.viewQuadrant!(v) !== undefined) : [];
    if (both.length === 2) {
      for (const v of both) {
        const x = v.current?.scores[kind.x];
        const y = v.current?.scores[kind.y];
        const label = format(c.method.pointLabel, { supplier: s.supplier, view: c.method.views[v.party] });
        if (x !== undefined && y !== undefined) points.push({ label, x, y, quadrant: kind.viewQuadrant!(v)!, link: s.supplier });
      }
      linked = true;
      continue;
    }
    const q = kind.quadrant(s);
    const x = s.current?.scores[kind.x];
    const y = s.current?.scores[kind.y];
    if (q !== undefined && x !== undefined && y !== undefined) points.push({ label: kind.label?.(s) ?? s.supplier, x, y, quadrant: q });
  }
  return matrixSheet<Q>(
    {
      key: sheetKey(kind.id),
      name: c.report.sheets[kind.id],
      title: c.report.titles[kind.id],
      model: kind.model,
      quadrantNames: kind.names(c),
      fills: kind.fills,
      xTitle: c.axes[kind.x],
      yTitle: c.axes[kind.y],
      xEnds: ends(kind.xEnds),
      yEnds: ends(kind.yEnds),
      points,
      scale: result.scale,
      ...(linked ? { viewsNote: c.method.matrixViewsNote } : {}),
    },
    c,
  );
}

export function typologySheet(result: AnalysisResult, settings: Settings): SheetPlan {
  return kindSheet(
    { id: 'typology', model: TYPOLOGY, names: (c) => c.types, fills: TYPE_FILL, x: 'calculative', y: 'affective', xEnds: ['low', 'high'], yEnds: ['low', 'high'], quadrant: (s) => s.type, viewQuadrant: (v) => v.type },
    result,
    settings,
  );
}

/** Roles: a supplier is placed by its relationship manager's role, labelled "Supplier (Manager)" when the manager is known. */
export function rolesSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  return kindSheet(
    {
      id: 'roles',
      model: ROLE_MODEL,
      names: (c) => c.roles,
      fills: ROLE_FILL,
      x: 'business',
      y: 'service',
      xEnds: ['low', 'high'],
      yEnds: ['low', 'high'],
      quadrant: (s) => s.role,
      label: (s) => (s.manager ? `${s.supplier} (${s.manager})` : s.supplier),
    },
    result,
    settings,
  );
}

export function reactionsSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  return kindSheet(
    { id: 'reactions', model: REACTION_MODEL, names: (c) => c.reactions, fills: REACTION_FILL, x: 'activity', y: 'constructiveness', xEnds: ['passive', 'active'], yEnds: ['destructive', 'constructive'], quadrant: (s) => s.reaction, viewQuadrant: (v) => v.reaction },
    result,
    settings,
  );
}
