import * as React from 'react';
import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { catalogue, format, Language } from '../i18n';
import { tableKey } from './selection';
import type { TableChoice } from './types';
import { useStyles } from './styles';

export interface TableListProps {
  readonly lang: Language;
  /** undefined until the user scans: then every table is analysed. */
  readonly choices: readonly TableChoice[] | undefined;
  readonly unchecked: ReadonlySet<string>;
  readonly scanning: boolean;
  readonly disabled: boolean;
  readonly error: string | undefined;
  readonly onScan: () => void;
  readonly onToggle: (key: string, checked: boolean) => void;
}

/** "Incidents · 12 rows", or why the block cannot be analysed. */
export function choiceDetail(choice: TableChoice, lang: Language): string {
  const c = catalogue(lang);
  const t = c.taskpane;
  if (choice.kind === undefined) {
    const missing = choice.missing ?? [];
    if (missing.length === 0) return t.tableNoHeader;
    return format(t.tableMissingColumns, { columns: missing.map((f) => c.inputFields[f]).join(', ') });
  }
  const rows = choice.rows === 1 ? t.tableRowsOne : format(t.tableRows, { count: choice.rows });
  return `${t.tableKinds[choice.kind]} · ${rows}`;
}

/** The "Tables" step: find the input tables and tick the ones to analyse; unrecognised ones are greyed with the reason. */
export function TableList({ lang, choices, unchecked, scanning, disabled, error, onScan, onToggle }: TableListProps): React.JSX.Element {
  const t = catalogue(lang).taskpane;
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="rmo-tables-heading" id="rmo-tables">
      <Subtitle2 as="h2" id="rmo-tables-heading" className={styles.heading}>
        {t.tablesHeading}
      </Subtitle2>
      <Text className={styles.muted}>{t.tablesIntro}</Text>
      <div className={styles.row}>
        <Button id="rmo-find-tables" appearance="secondary" disabled={disabled || scanning} onClick={onScan}>
          {t.findTables}
        </Button>
        {scanning && (
          <Text role="status" aria-live="polite">
            {t.findingTables}
          </Text>
        )}
      </div>
      {error !== undefined && (
        <MessageBar intent="error" id="rmo-scan-error">
          <MessageBarBody>
            <MessageBarTitle>{t.scanErrorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {choices !== undefined &&
        (choices.length === 0 ? (
          <Text id="rmo-tables-none">{t.tablesNone}</Text>
        ) : (
          <ul className={styles.choices} id="rmo-table-list" aria-labelledby="rmo-tables-heading">
            {choices.map((choice) => {
              const key = tableKey(choice);
              const usable = choice.kind !== undefined;
              return (
                <li key={key} data-usable={usable}>
                  <Checkbox
                    checked={usable && !unchecked.has(key)}
                    disabled={!usable || disabled || scanning}
                    onChange={(_, data) => onToggle(key, data.checked === true)}
                    label={
                      <span className={styles.choiceLabel}>
                        <span className={styles.choiceName}>
                          <Text weight="semibold">{choice.sheet}</Text> · {choice.table ?? t.usedRange}
                        </span>
                        <Caption1 className={styles.muted}>{choiceDetail(choice, lang)}</Caption1>
                      </span>
                    }
                  />
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}
