import type { Reaction, RelationshipType } from '../model';
import type { IncidentCategory } from './catalogue';

/** Output sheets of the report, by stable key suffix (sheet key "rmo.<id>"). */
export type ReportSheetId = 'results' | 'typology' | 'roles' | 'reactions' | 'timeline' | 'trajectories' | 'review' | 'problems';

export type ReportColumn =
  | 'supplier'
  | 'period'
  | 'type'
  | 'attention'
  | 'reaction'
  | 'role'
  | 'appreciation'
  | 'status'
  | 'daysOutside'
  | 'lastMove'
  | 'day'
  | 'side'
  | 'start'
  | 'end'
  | 'days'
  | 'prolonged'
  | 'model'
  | 'fromPeriod'
  | 'toPeriod'
  | 'from'
  | 'to'
  | 'direction'
  | 'severity'
  | 'sheet'
  | 'row'
  | 'column'
  | 'message'
  | 'verticalSplitX'
  | 'verticalSplitY'
  | 'horizontalSplitX'
  | 'horizontalSplitY'
  | 'boundDay'
  | 'critical'
  | 'euphoria'
  | 'incidents'
  | 'daysOutsideNow'
  | 'totalDaysOutside'
  | 'excursions';

/**
 * Texts of the output sheets. Review templates use {placeholders} filled by
 * format(); each review answer is a few such sentences joined by spaces.
 */
export interface ReportTexts {
  /** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
  readonly sheets: Readonly<Record<ReportSheetId, string>>;
  readonly columns: Readonly<Record<ReportColumn, string>>;
  readonly titles: Readonly<Record<'typology' | 'roles' | 'reactions' | 'timeline' | 'excursions' | 'trajectories' | 'chartData' | 'timelineSummary', string>>;
  /** Which matrix a trajectory row belongs to. */
  readonly models: Readonly<Record<'typology' | 'reactions', string>>;
  readonly severity: Readonly<Record<'error' | 'warning', string>>;
  readonly series: Readonly<Record<'suppliers' | 'verticalSplit' | 'horizontalSplit' | 'appreciation' | 'critical' | 'euphoria', string>>;
  readonly yes: string;
  readonly no: string;
  readonly noProblems: string;
  /** "{axis}: {end}", e.g. "Affective commitment: High". */
  readonly axisEnd: string;
  /** Under each matrix: which period is shown and where the split lies; {min}, {max}, {split}. */
  readonly matrixNote: string;
  /** Decimal separator for numbers written inside texts. */
  readonly decimalSeparator: '.' | ',';
  /** "{status} — {prolonged}": the same text as functions.statusWithProlonged, so a cell's =RMO.STATUS and Results read alike. */
  readonly statusProlonged: string;
  /** "{from} → {to} ({direction})". */
  readonly move: string;
  /** Above the timeline charts: which suppliers are charted, {count}. */
  readonly timelineNote: string;
  /** Under a review sheet cut at REPORT_CAPS.reviewRows: {shown} {total}. */
  readonly reviewCapNote: string;
  /** Timeline chart title, "{supplier}". */
  readonly timelineChart: string;
  readonly questions: Readonly<Record<'see' | 'want' | 'do', string>>;
  readonly review: {
    readonly see: {
      /** {type}, {calculative}, {affective}. */
      readonly type: string;
      /** Same with {period}. */
      readonly typeInPeriod: string;
      readonly noType: string;
      /** {reaction}. */
      readonly reaction: string;
      readonly noReaction: string;
      /** {value}. */
      readonly withinBounds: string;
      /** {value}, {status}, {days}. */
      readonly outside: string;
      /** {value}, {status}, {days}, {limit}. */
      readonly outsideProlonged: string;
      readonly noIncidents: string;
      /** {from}, {to}, {fromPeriod}, {toPeriod}, {direction}. */
      readonly moved: string;
      /** {type}, {fromPeriod}. */
      readonly unchanged: string;
      readonly onePeriod: string;
      /** The incident category with the most negative impact (domain §4); {negative}, {total}. */
      readonly category: Readonly<Record<IncidentCategory | 'uncategorised', string>>;
    };
    readonly want: {
      readonly target: Readonly<Record<RelationshipType, string>>;
      readonly noType: string;
      readonly reaction: Readonly<Record<Reaction, string>>;
    };
    readonly do: {
      readonly type: Readonly<Record<RelationshipType, string>>;
      readonly noType: string;
      readonly reaction: Readonly<Record<Reaction, string>>;
      readonly critical: string;
      readonly euphoria: string;
      /** {days}. */
      readonly prolonged: string;
      readonly worse: string;
      /** The guide's remedy for the category with the most negative impact ("business": goals diverge, part if they cannot be realigned). */
      readonly category: Readonly<Record<IncidentCategory | 'uncategorised', string>>;
      /** Business incidents weigh most but the relationship holds: the remedy is keeping goals aligned, no parting. */
      readonly businessHolding: string;
    };
  };
}
