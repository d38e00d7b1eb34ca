import { catalogue } from '../i18n';
import { REACTION_MODEL, ROLE_MODEL, TYPOLOGY, Reaction, RelationshipType, Role } from '../model';
import type { AnalysisResult, Settings, SupplierResult } from '../analysis';
import type { SheetPlan } from './plan';
import { matrixSheet, MatrixPoint } from './matrix-sheet';
import { sheetKey } from './labels';
import { REACTION_FILL, ROLE_FILL, TYPE_FILL } from './palette';

function points<Q extends string>(suppliers: readonly SupplierResult[], pick: (s: SupplierResult) => { q?: Q; x?: number; y?: number; label?: string }): MatrixPoint<Q>[] {
  const out: MatrixPoint<Q>[] = [];
  for (const s of suppliers) {
    const { q, x, y, label } = pick(s);
    if (q !== undefined && x !== undefined && y !== undefined) out.push({ label: label ?? s.supplier, x, y, quadrant: q });
  }
  return out;
}

export function typologySheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  return matrixSheet<RelationshipType>(
    {
      key: sheetKey('typology'),
      name: c.report.sheets.typology,
      title: c.report.titles.typology,
      model: TYPOLOGY,
      quadrantNames: c.types,
      fills: TYPE_FILL,
      xTitle: c.axes.calculative,
      yTitle: c.axes.affective,
      xEnds: [c.axisEnds.low, c.axisEnds.high],
      yEnds: [c.axisEnds.low, c.axisEnds.high],
      points: points(result.suppliers, (s) => ({ q: s.type, x: s.current?.scores.calculative, y: s.current?.scores.affective })),
      scale: result.scale,
    },
    c,
  );
}

/** Roles: a supplier is placed by its relationship manager's role, labelled "Supplier (Manager)" when the manager is known. */
export function rolesSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  return matrixSheet<Role>(
    {
      key: sheetKey('roles'),
      name: c.report.sheets.roles,
      title: c.report.titles.roles,
      model: ROLE_MODEL,
      quadrantNames: c.roles,
      fills: ROLE_FILL,
      xTitle: c.axes.business,
      yTitle: c.axes.service,
      xEnds: [c.axisEnds.low, c.axisEnds.high],
      yEnds: [c.axisEnds.low, c.axisEnds.high],
      points: points(result.suppliers, (s) => ({
        q: s.role,
        x: s.current?.scores.business,
        y: s.current?.scores.service,
        label: s.manager ? `${s.supplier} (${s.manager})` : s.supplier,
      })),
      scale: result.scale,
    },
    c,
  );
}

export function reactionsSheet(result: AnalysisResult, settings: Settings): SheetPlan {
  const c = catalogue(settings.language);
  return matrixSheet<Reaction>(
    {
      key: sheetKey('reactions'),
      name: c.report.sheets.reactions,
      title: c.report.titles.reactions,
      model: REACTION_MODEL,
      quadrantNames: c.reactions,
      fills: REACTION_FILL,
      xTitle: c.axes.activity,
      yTitle: c.axes.constructiveness,
      xEnds: [c.axisEnds.passive, c.axisEnds.active],
      yEnds: [c.axisEnds.destructive, c.axisEnds.constructive],
      points: points(result.suppliers, (s) => ({ q: s.reaction, x: s.current?.scores.activity, y: s.current?.scores.constructiveness })),
      scale: result.scale,
    },
    c,
  );
}
