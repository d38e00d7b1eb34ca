import type { Construct, ItemCode } from '../model/survey-items';
import type { Party } from '../model/party';

/** Sheets the survey writes: the questionnaire (for the user) and the measurement report (ours). */
export type SurveySheetId = 'responses' | 'legend' | 'form' | 'survey';

export type SurveyColumn =
  | 'respondent'
  | 'party'
  | 'supplier'
  | 'period'
  | 'code'
  | 'construct'
  | 'text'
  | 'reversed'
  | 'source'
  | 'items'
  | 'answer'
  | 'group'
  | 'alpha'
  | 'complete'
  | 'respondents'
  | 'mean'
  | 'sd'
  | 'rwg'
  | 'gap'
  | 'warning'
  | 'meaning'
  | 'scale';

/**
 * Texts of the questionnaire and of the RMO Survey sheet. Item texts are this project's
 * own wording; `sources` names the literature (or guide) each construct rests on.
 */
export interface SurveyTexts {
  readonly items: Readonly<Record<ItemCode, string>>;
  readonly constructs: Readonly<Record<Construct, string>>;
  readonly sources: Readonly<Record<Construct, string>>;
  /** Meaning of each answer, shown in the legend and the instruction. */
  readonly scale: Readonly<Record<'1' | '2' | '3' | '4' | '5', string>>;
  /** Party names as written in the Party column (the drop-down offers exactly these). */
  readonly parties: Readonly<Record<Party, string>>;
  /** "All respondents" for an alpha over both parties. */
  readonly allParties: string;
  readonly sheets: Readonly<Record<SurveySheetId, string>>;
  readonly columns: Readonly<Record<SurveyColumn, string>>;
  readonly yes: string;
  readonly no: string;
  /** Lines of the short instruction above the response table. */
  readonly instruction: Readonly<Record<'title' | 'who' | 'how' | 'scale' | 'paste' | 'analyse', string>>;
  /** The per-respondent form. */
  readonly form: Readonly<Record<'title' | 'how' | 'pasteRow', string>>;
  /** Validation messages of the drop-downs. */
  readonly validation: Readonly<Record<'answerPrompt' | 'answerError' | 'partyPrompt', string>>;
  /** Section titles of the RMO Survey sheet. */
  readonly titles: Readonly<Record<'reliability' | 'scores' | 'warnings' | 'respondentScores' | 'legend', string>>;
  /** First cell of the items sheet; also how the reader knows that sheet is no input. */
  readonly legendTitle: string;
  readonly noWarnings: string;
  /** Under the reliability table: what the thresholds are; {alpha}, {respondents}. */
  readonly reliabilityNote: string;
  /** Under the scores table: what r_wg and the gap mean. */
  readonly scoresNote: string;
}
