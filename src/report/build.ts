import type { AnalysisResult, Settings } from '../analysis';
import type { Problem } from '../input/types';
import type { SheetPlan } from './plan';
import { resultsSheet } from './results-sheet';
import { reactionsSheet, rolesSheet, typologySheet } from './matrices';
import { timelineSheet } from './timeline-sheet';
import { trajectoriesSheet } from './trajectories-sheet';
import { reviewSheet } from './review-sheet';
import { problemsSheet } from './problems-sheet';
import { surveySheet } from './survey-sheet';

/**
 * All output sheets, in tab order. Every sheet is always produced (possibly with
 * headers only) so the user finds the same tabs after each run; the survey sheet
 * only when the input had questionnaire responses.
 */
export function buildReport(result: AnalysisResult, settings: Settings, render: (p: Problem) => string): SheetPlan[] {
  // The RMO Survey sheet only when questionnaire responses were read (most workbooks have none).
  const survey = surveySheet(result, settings, render);
  return [
    resultsSheet(result, settings),
    typologySheet(result, settings),
    rolesSheet(result, settings),
    reactionsSheet(result, settings),
    timelineSheet(result, settings),
    trajectoriesSheet(result, settings),
    reviewSheet(result, settings),
    ...(survey ? [survey] : []),
    problemsSheet(result, settings, render),
  ];
}
