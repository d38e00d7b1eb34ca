import * as React from 'react';
import { mergeClasses, Text } from '@fluentui/react-components';
import { format } from '../i18n';
import { gridPosition, type QuadrantModel } from '../model/quadrant';
import { useStyles } from './styles';

export interface QuadrantGridProps<Q extends string> {
  /** Stable id part: "typology", "reactions", "roles". */
  readonly id: string;
  readonly heading: string;
  readonly model: QuadrantModel<Q>;
  readonly names: Readonly<Record<Q, string>>;
  readonly counts: Readonly<Record<Q, number>>;
  readonly fills: Readonly<Record<Q, string>>;
  /** Axis titles: x runs left (low) to right (high), y bottom (low) to top (high). */
  readonly xTitle: string;
  readonly yTitle: string;
  readonly texts: { readonly quadrantSuppliers: string; readonly quadrantEmpty: string; readonly selectRow: string };
  /** Suppliers of one quadrant, in results-sheet order. */
  readonly members: (q: Q) => readonly { readonly name: string; readonly resultsRow: number; readonly detail?: string }[];
  readonly onSelect: (resultsRow: number) => void;
}

/**
 * A 2×2 picture of one RMO model, drawn as its sheet draws it (y up, x right): each tile
 * shows its quadrant's name and count on the quadrant's colour, so colour is never the
 * only signal. Choosing a tile lists its suppliers; choosing a supplier selects its row
 * on the results sheet.
 */
export function QuadrantGrid<Q extends string>(props: QuadrantGridProps<Q>): React.JSX.Element {
  const { id, heading, model, names, counts, fills, xTitle, yTitle, texts, members, onSelect } = props;
  const styles = useStyles();
  const [open, setOpen] = React.useState<Q | undefined>(undefined);
  const cells = [model.cells.lh, model.cells.hh, model.cells.ll, model.cells.hl];
  // Reading order follows the picture: top row left→right, then the bottom row.
  cells.sort((a, b) => {
    const pa = gridPosition(model, a);
    const pb = gridPosition(model, b);
    return pa.row - pb.row || pa.col - pb.col;
  });
  const listId = `rmo-${id}-members`;
  const headingId = `rmo-${id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} id={`rmo-${id}`}>
      <Text as="h3" weight="semibold" id={headingId} className={styles.heading}>
        {heading}
      </Text>
      <Text className={styles.axis} aria-hidden="true">
        ↑ {yTitle}
      </Text>
      <div className={styles.matrix} role="group" aria-label={`${heading}: ${yTitle} / ${xTitle}`}>
        {cells.map((q) => (
          <button
            key={q}
            type="button"
            id={`rmo-${id}-${q}`}
            className={mergeClasses(styles.tile, open === q && styles.tilePressed)}
            style={{ backgroundColor: fills[q] }}
            aria-pressed={open === q}
            aria-controls={listId}
            onClick={() => setOpen((cur) => (cur === q ? undefined : q))}
          >
            <span>{names[q]}</span>
            {/* Read as "Pillar: 5"; seen as the name over a large count. */}
            <span className={styles.visuallyHidden}>: </span>
            <span className={styles.tileCount} id={`rmo-${id}-${q}-count`}>
              {counts[q]}
            </span>
          </button>
        ))}
      </div>
      <Text className={styles.axis} aria-hidden="true" align="end">
        {xTitle} →
      </Text>
      <div id={listId} aria-live="polite">
        {open !== undefined && (
          <>
            <Text weight="semibold">{format(texts.quadrantSuppliers, { name: names[open] })}</Text>
            {members(open).length === 0 ? (
              <Text as="p" className={styles.heading}>
                {texts.quadrantEmpty}
              </Text>
            ) : (
              <ul className={styles.list}>
                {members(open).map((m) => (
                  <li key={`${m.name}-${m.resultsRow}`}>
                    <button type="button" className={styles.linkButton} title={texts.selectRow} onClick={() => onSelect(m.resultsRow)}>
                      {m.name}
                    </button>
                    {m.detail && <span className={styles.muted}> — {m.detail}</span>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
