import type { AppreciationLine, Party, Reaction, RelationshipState, StateCause } from '../model';

/** Column headers the method adds to the output sheets. */
export type MethodColumn =
  | 'ourView'
  | 'theirView'
  | 'perceptionGap'
  | 'state'
  | 'stateCause'
  | 'lastProlonged'
  | 'personal'
  | 'personalStatus'
  | 'business'
  | 'businessStatus'
  | 'goalChanges'
  | 'hitClient'
  | 'hitSupplier'
  | 'line'
  | 'attentionAdvice'
  | 'roleCharacter';

/**
 * Texts of the method's two parties, two appreciation lines and the relationship state.
 * A count-bearing text comes as a pair: `…One` for 1, the plain key for any other count.
 */
export interface MethodTexts {
  /** Each party by name: our organisation (client) and the provider. */
  readonly parties: Readonly<Record<Party, string>>;
  /** "our view" / "their view". */
  readonly views: Readonly<Record<Party, string>>;
  /** "{view} (setting)": the view was not in the data but given by the default-party setting. */
  readonly assumedView: string;
  readonly lines: Readonly<Record<AppreciationLine, string>>;
  readonly states: Readonly<Record<RelationshipState, string>>;
  readonly causes: Readonly<Record<StateCause, string>>;
  readonly columns: Readonly<Record<MethodColumn, string>>;
  /** One view in a cell: "{type} · {reaction}". */
  readonly viewPair: string;
  /** Perception gap cell: "{client} ↔ {supplier}". */
  readonly gapPair: string;
  /** A matrix point of one party's view: "{supplier} ({view})". */
  readonly pointLabel: string;
  /** Chart series joining a supplier's two points: "Views: {supplier}". */
  readonly linkSeries: string;
  /** State cell: "{state} ({cause})". */
  readonly stateCell: string;
  /** Last prolonged excursion cell: {line}, {side}, {start}, {end}, {days}. */
  readonly lastProlongedCell: string;
  readonly lastProlongedCellOne: string;
  /** Under the matrices when a supplier is scored by both parties. */
  readonly matrixViewsNote: string;
  readonly review: {
    readonly see: {
      /** One party's scores: {type}, {calculative}, {affective}; with and without {period}. */
      readonly typeBy: Readonly<Record<Party, string>>;
      readonly typeByInPeriod: Readonly<Record<Party, string>>;
      /** {reaction}. */
      readonly reactionBy: Readonly<Record<Party, string>>;
      /** {client}, {supplier}: the two types. */
      readonly typeGap: string;
      /** {client}, {supplier}: the two reactions. */
      readonly reactionGap: string;
      /** {personal}, {personalStatus}, {business}, {businessStatus}. */
      readonly lines: string;
      /** {count}. */
      readonly goalChanges: string;
      readonly goalChangesOne: string;
      /** {client}, {supplier}: numbers of incidents that hit each party. */
      readonly hitParties: string;
      /** {state}, {cause}. */
      readonly state: string;
      /** {line}, {side}, {start}, {end}, {days}: a prolonged excursion that has ended. */
      readonly lastProlonged: string;
      readonly lastProlongedOne: string;
      /** {manager}, {role}, {character}. */
      readonly role: string;
      /** {role}, {character}: the role from the supplier row's own orientation scores, no manager named. */
      readonly roleNoManager: string;
    };
    readonly want: {
      readonly reaction: Readonly<Record<Party, Readonly<Record<Reaction, string>>>>;
    };
    readonly do: {
      readonly reaction: Readonly<Record<Party, Readonly<Record<Reaction, string>>>>;
      readonly state: Readonly<Record<RelationshipState, string>>;
      /** External incidents changed goals. */
      readonly goalChanges: string;
    };
  };
  /** Task pane and command line: the default-party setting. */
  readonly defaultPartyHint: string;
  readonly defaultPartyInvalid: string;
}
