import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { catalogue, format, Language, plural, problemCounts } from '../i18n';
import { REACTION_MODEL, ROLE_MODEL, TYPOLOGY, type RelationshipState } from '../model';
import { REACTION_FILL, ROLE_FILL, TYPE_FILL } from '../report/palette';
import { RESULTS_TABLE_COLUMNS } from '../report/results-sheet';
import type { Place } from '../excel/navigate';
import type { AttentionLine, ProblemLine, RunSummary, SupplierLine } from './types';
import { QuadrantGrid } from './QuadrantGrid';
import { useStyles } from './styles';

export interface ResultSummaryProps {
  readonly lang: Language;
  readonly summary: RunSummary;
  /** Takes the user into the workbook (a sheet, a problem's cell, a supplier's row). */
  readonly onGoTo: (place: Place) => void;
}

/** "Sheet, row 4, column Impact (D)": only the parts the problem has. */
export function problemPlace(p: Pick<ProblemLine, 'sheet' | 'row' | 'column'>, lang: Language): string {
  const t = catalogue(lang).taskpane;
  const parts = [p.sheet];
  if (p.row !== undefined) parts.push(format(t.problemRow, { row: p.row }));
  if (p.column !== undefined) parts.push(format(t.problemColumn, { column: p.column }));
  return parts.join(', ');
}

/** What the live region says after a run. */
export function announcement(summary: RunSummary, lang: Language): string {
  const c = catalogue(lang);
  if (summary.noInput) return c.workbench.noInput;
  const problems = summary.problemCount === 0 ? c.taskpane.problemsNone.replace(/\.$/, '') : problemCounts(summary.errorCount, summary.warningCount, lang);
  return format(c.workbench.announce, { suppliers: plural(c.workbench.suppliersCount, summary.suppliers, lang), problems });
}

/** One attention reason in words (type names for a worse move). */
export function reasonText(r: AttentionLine['reasons'][number], lang: Language): string {
  const c = catalogue(lang);
  const params = { ...r.params };
  if (r.reason === 'worse') {
    params.from = c.types[params.from as keyof typeof c.types] ?? String(params.from);
    params.to = c.types[params.to as keyof typeof c.types] ?? String(params.to);
  }
  if (r.reason === 'state') params.state = stateLabel(params.state as RelationshipState, lang);
  return format(c.workbench.reasons[r.reason], params);
}

/** A relationship state as the method sheets name it (catalogue method texts). */
export function stateLabel(state: RelationshipState, lang: Language): string {
  return catalogue(lang).method.states[state] ?? String(state);
}

/** The state after a supplier's name where the list does not already give it as a reason. */
export function stateNote(state: RelationshipState | undefined, reasons: AttentionLine['reasons'], lang: Language): string {
  if (state === undefined || reasons.some((r) => r.reason === 'state')) return '';
  return ` (${stateLabel(state, lang)})`;
}

function SeverityIcon({ severity }: { readonly severity: 'error' | 'warning' }): React.JSX.Element {
  const styles = useStyles();
  // Inline 16 px glyphs (a circle with a cross, a triangle with a bar): no icon package for two shapes.
  return severity === 'error' ? (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className={styles.errorIcon} focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  ) : (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className={styles.warningIcon} focusable="false">
      <path d="M8 1.5l7 13H1z" fill="currentColor" />
      <path d="M8 6v4.2" stroke="#1F1F1F" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12.3" r="0.9" fill="#1F1F1F" />
    </svg>
  );
}

/** What the last run found and wrote. Texts carry both languages or are built here, so switching needs no re-run. */
export function ResultSummary({ lang, summary, onGoTo }: ResultSummaryProps): React.JSX.Element {
  const c = catalogue(lang);
  const t = c.taskpane;
  const w = c.workbench;
  const styles = useStyles();
  const count = (label: string, value: number, id: string): React.JSX.Element => (
    <React.Fragment key={id}>
      <dt className={styles.countLabel}>{label}</dt>
      <dd className={styles.countValue} id={`rmo-count-${id}`}>
        {value}
      </dd>
    </React.Fragment>
  );
  const results = summary.resultsSheet;
  const selectRow = (row: number): void => {
    if (results !== undefined) onGoTo({ sheet: results, row, col: 0, cols: RESULTS_TABLE_COLUMNS });
  };
  const gridTexts = { quadrantSuppliers: w.quadrantSuppliers, quadrantEmpty: w.quadrantEmpty, selectRow: w.selectRow };
  const members =
    <K extends 'type' | 'reaction' | 'role'>(key: K) =>
    (q: NonNullable<SupplierLine[K]>) =>
      summary.lines.filter((l) => l[key] === q).map((l) => ({ name: l.name, resultsRow: l.resultsRow, detail: l.state && stateLabel(l.state, lang) }));

  return (
    <section className={styles.section} aria-labelledby="rmo-result-heading" id="rmo-result">
      <Subtitle2 as="h2" id="rmo-result-heading" className={styles.heading} tabIndex={-1}>
        {t.resultHeading}
      </Subtitle2>
      {summary.noInput ? (
        <MessageBar intent="warning" id="rmo-no-input">
          <MessageBarBody>
            <MessageBarTitle>{w.noInputTitle}</MessageBarTitle>
            {w.noInput}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <dl className={styles.counts}>
            {count(t.suppliers, summary.suppliers, 'suppliers')}
            {count(t.incidents, summary.incidents, 'incidents')}
            {count(t.managers, summary.managers, 'managers')}
          </dl>
          {summary.onlyInIncidents.length > 0 && (
            <Text id="rmo-only-incidents">
              {plural(w.onlyInIncidents, summary.onlyInIncidents.length, lang)}: {summary.onlyInIncidents.join(', ')}.{' '}
              <span className={styles.muted}>{w.onlyInIncidentsHint}</span>
            </Text>
          )}
          {summary.unclassified > 0 && <Text id="rmo-unclassified">{plural(w.unclassified, summary.unclassified, lang)}</Text>}
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

          <section className={styles.section} aria-labelledby="rmo-attention-heading" id="rmo-attention">
            <Text as="h3" weight="semibold" id="rmo-attention-heading" className={styles.heading}>
              {w.attentionHeading}
            </Text>
            {summary.attention.length === 0 ? (
              <Text>{w.attentionNone}</Text>
            ) : (
              <ul className={styles.list}>
                {summary.attention.map((a) => (
                  <li key={`${a.name}-${a.resultsRow}`}>
                    <button type="button" className={styles.linkButton} title={w.selectRow} onClick={() => selectRow(a.resultsRow)}>
                      {a.name}
                    </button>
                    {stateNote(a.state, a.reasons, lang)}: {a.reasons.map((r) => reasonText(r, lang)).join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <QuadrantGrid
            id="typology"
            heading={t.typesHeading}
            model={TYPOLOGY}
            names={c.types}
            counts={summary.typeCounts}
            fills={TYPE_FILL}
            xTitle={c.axes.calculative}
            yTitle={c.axes.affective}
            texts={gridTexts}
            members={members('type')}
            onSelect={selectRow}
          />
          <QuadrantGrid
            id="reactions"
            heading={w.reactionsHeading}
            model={REACTION_MODEL}
            names={c.reactions}
            counts={summary.reactionCounts}
            fills={REACTION_FILL}
            xTitle={c.axes.activity}
            yTitle={c.axes.constructiveness}
            texts={gridTexts}
            members={members('reaction')}
            onSelect={selectRow}
          />
          <QuadrantGrid
            id="roles"
            heading={w.rolesHeading}
            model={ROLE_MODEL}
            names={c.roles}
            counts={summary.roleCounts}
            fills={ROLE_FILL}
            xTitle={c.axes.business}
            yTitle={c.axes.service}
            texts={gridTexts}
            members={members('role')}
            onSelect={selectRow}
          />

          <section className={styles.section} aria-labelledby="rmo-appreciation-heading" id="rmo-appreciation">
            <Text as="h3" weight="semibold" id="rmo-appreciation-heading" className={styles.heading}>
              {w.appreciationHeading}
            </Text>
            <dl className={styles.counts}>
              {count(w.statusCounts.critical, summary.statusCounts.critical, 'critical')}
              {count(w.statusCounts.euphoria, summary.statusCounts.euphoria, 'euphoria')}
              {count(w.statusCounts.prolonged, summary.statusCounts.prolonged, 'prolonged')}
            </dl>
          </section>
        </>
      )}

      <Text weight="semibold" as="h3" className={styles.heading}>
        {t.problemsHeading}
      </Text>
      {summary.problemCount === 0 ? (
        <Text id="rmo-problems-count">{t.problemsNone}</Text>
      ) : (
        <>
          <Text id="rmo-problems-count">
            {problemCounts(summary.errorCount, summary.warningCount, lang)}
            {summary.problems.length < summary.problemCount
              ? '. ' + format(t.problemsShown, { shown: summary.problems.length, count: summary.problemCount })
              : ''}
          </Text>
          <ul className={styles.choices} id="rmo-problems">
            {summary.problems.map((p, i) => (
              <li key={i} className={styles.problem} data-severity={p.severity}>
                <SeverityIcon severity={p.severity} />
                <span>
                  <span className={styles.visuallyHidden}>{w.severity[p.severity]}: </span>
                  <button type="button" className={styles.linkButton} title={w.goToCell} onClick={() => onGoTo(p.place)}>
                    {problemPlace(p, lang)}
                  </button>{' '}
                  <Text>{p.text[lang]}</Text>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      <Text weight="semibold" as="h3" className={styles.heading}>
        {t.sheetsHeading}
      </Text>
      {summary.sheets.length === 0 ? (
        <Text id="rmo-sheets-none">{t.sheetsNone}</Text>
      ) : (
        <ul className={styles.list} id="rmo-sheets">
          {summary.sheets.map((s) => (
            <li key={s}>
              <button type="button" className={styles.linkButton} title={w.goToSheet} onClick={() => onGoTo({ sheet: s })}>
                {s}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
