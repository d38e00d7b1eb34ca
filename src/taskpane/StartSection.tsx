import * as React from 'react';
import { Button, Caption1, Link, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { catalogue, format, Language } from '../i18n';
import type { StartKind } from './types';
import { useStyles } from './styles';

export type StartStatus = { readonly kind: 'busy' } | { readonly kind: 'done'; readonly sheets: readonly string[] } | { readonly kind: 'error'; readonly message: string };

export interface StartSectionProps {
  readonly lang: Language;
  readonly disabled: boolean;
  readonly status?: StartStatus;
  readonly onStart: (kind: StartKind) => void;
  /** The third start; the button is only shown once a questionnaire builder is wired in. */
  readonly onQuestionnaire?: () => void;
  readonly onHelp: () => void;
}

/** The empty state: what a user with no input tables can start from. */
export function StartSection({ lang, disabled, status, onStart, onQuestionnaire, onHelp }: StartSectionProps): React.JSX.Element {
  const w = catalogue(lang).workbench;
  const styles = useStyles();
  const busy = status?.kind === 'busy';
  const start = (label: string, hint: string, id: string, onClick: () => void, primary = false): React.JSX.Element => (
    <div className={styles.section}>
      <Button id={id} appearance={primary ? 'primary' : 'secondary'} disabled={disabled || busy} aria-describedby={`${id}-hint`} onClick={onClick}>
        {label}
      </Button>
      <Caption1 id={`${id}-hint`} className={styles.muted}>
        {hint}
      </Caption1>
    </div>
  );
  return (
    <section className={styles.section} aria-labelledby="rmo-start-heading" id="rmo-start">
      <Subtitle2 as="h2" id="rmo-start-heading" className={styles.heading}>
        {w.startHeading}
      </Subtitle2>
      <Text>{w.startIntro}</Text>
      {start(w.insertExample, w.insertExampleHint, 'rmo-start-example', () => onStart('example'), true)}
      {start(w.createEmpty, w.createEmptyHint, 'rmo-start-empty', () => onStart('empty'))}
      {onQuestionnaire && start(w.createQuestionnaire, w.createQuestionnaireHint, 'rmo-start-questionnaire', onQuestionnaire)}
      <Link
        href="#rmo-help"
        id="rmo-help-link"
        onClick={(e) => {
          e.preventDefault();
          onHelp();
        }}
      >
        {w.helpLink}
      </Link>
      <div role="status" aria-live="polite">
        {busy && <Text>{w.startBusy}</Text>}
        {status?.kind === 'done' && <Text id="rmo-start-done">{format(w.startDone, { sheets: status.sheets.join(', ') })}</Text>}
      </div>
      {status?.kind === 'error' && (
        <MessageBar intent="error" id="rmo-start-error">
          <MessageBarBody>
            <MessageBarTitle>{w.startErrorTitle}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
