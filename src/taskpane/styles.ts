import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared layout for the narrow (about 320 px) task pane. */
export const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '480px',
    boxSizing: 'border-box',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  counts: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  countValue: {
    margin: 0,
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
  },
  countLabel: {
    margin: 0,
  },
  /** Headings keep the Fluent type ramp; the flex gap does the spacing, not browser margins. */
  heading: {
    margin: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  /** The table checklist: no bullets, the checkbox itself is the marker. */
  choices: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  choiceLabel: {
    display: 'flex',
    flexDirection: 'column',
    // Long sheet and table names wrap instead of widening the narrow pane.
    overflowWrap: 'anywhere',
  },
  choiceName: {
    minWidth: 0,
  },
});
