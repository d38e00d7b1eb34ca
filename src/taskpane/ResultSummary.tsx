import * as React from 'react';
import { Subtitle2, Text } from '@fluentui/react-components';
import { catalogue, format, Language } from '../i18n';
import { RELATIONSHIP_TYPES } from '../model';
import type { ProblemLine, RunSummary } from './types';
import { useStyles } from './styles';

export interface ResultSummaryProps {
  readonly lang: Language;
  readonly summary: RunSummary;
}

/** "Sheet, row 4, column Impact (D)": only the parts the problem has. */
export function problemPlace(p: ProblemLine, lang: Language): string {
  const t = catalogue(lang).taskpane;
  const parts = [p.sheet];
  if (p.row !== undefined) parts.push(format(t.problemRow, { row: p.row }));
  if (p.column !== undefined) parts.push(format(t.problemColumn, { column: p.column }));
  return parts.join(', ');
}

/** What the last run found and wrote. Problem texts carry both languages, so switching needs no re-run. */
export function ResultSummary({ lang, summary }: ResultSummaryProps): React.JSX.Element {
  const c = catalogue(lang);
  const t = c.taskpane;
  const styles = useStyles();
  const count = (label: string, value: number, id: string): React.JSX.Element => (
    <React.Fragment key={id}>
      <dt className={styles.countLabel}>{label}</dt>
      <dd className={styles.countValue} id={`rmo-count-${id}`}>
        {value}
      </dd>
    </React.Fragment>
  );
  return (
    <section className={styles.section} aria-labelledby="rmo-result-heading" id="rmo-result">
      <Subtitle2 as="h2" id="rmo-result-heading" className={styles.heading}>
        {t.resultHeading}
      </Subtitle2>
      <dl className={styles.counts}>
        {count(t.suppliers, summary.suppliers, 'suppliers')}
        {count(t.incidents, summary.incidents, 'incidents')}
        {count(t.managers, summary.managers, 'managers')}
      </dl>
      {summary.analysisDate && (
        <Text as="p" id="rmo-analysis-date">
          {format(t.analysisDate, { date: summary.analysisDate.day, source: t.analysisDateSource[summary.analysisDate.source] })}
        </Text>
      )}
      {summary.periodsLeftOut && summary.periodsLeftOut.length > 0 && (
        <Text as="p" id="rmo-periods-left-out">
          {format(t.periodsLeftOut, { periods: summary.periodsLeftOut.join(', ') })}
        </Text>
      )}

      <Text weight="semibold" as="h3" className={styles.heading}>
        {t.typesHeading}
      </Text>
      <dl className={styles.counts}>{RELATIONSHIP_TYPES.map((ty) => count(c.types[ty], summary.typeCounts[ty], ty))}</dl>

      <Text weight="semibold" as="h3" className={styles.heading}>
        {t.problemsHeading}
      </Text>
      {summary.problemCount === 0 ? (
        <Text id="rmo-problems-count">{t.problemsNone}</Text>
      ) : (
        <>
          <Text id="rmo-problems-count">
            {format(t.problemsCount, { count: summary.problemCount })}
            {summary.problems.length < summary.problemCount
              ? ' ' + format(t.problemsShown, { shown: summary.problems.length, count: summary.problemCount })
              : ''}
          </Text>
          <ul className={styles.list} id="rmo-problems">
            {summary.problems.map((p, i) => (
              <li key={i}>
                <Text weight="semibold">{problemPlace(p, lang)}</Text>: <Text>{p.text[lang]}</Text>
              </li>
            ))}
          </ul>
        </>
      )}

      <Text weight="semibold" as="h3" className={styles.heading}>
        {t.sheetsHeading}
      </Text>
      {summary.sheets.length === 0 ? (
        <Text>{t.sheetsNone}</Text>
      ) : (
        <ul className={styles.list} id="rmo-sheets">
          {summary.sheets.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
