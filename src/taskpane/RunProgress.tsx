import * as React from 'react';
import { Field, ProgressBar, Text } from '@fluentui/react-components';
import { catalogue, Language } from '../i18n';
import type { ProgressStep } from './types';

const STEP_VALUE: Readonly<Record<ProgressStep, number>> = { reading: 0.15, analysing: 0.45, writing: 0.75, done: 1 };

export interface RunProgressProps {
  readonly lang: Language;
  readonly step: ProgressStep;
}

/** Where a run is: a bar plus the step in words; the words are announced to screen readers. */
export function RunProgress({ lang, step }: RunProgressProps): React.JSX.Element {
  const t = catalogue(lang).taskpane;
  return (
    <Field label={t.progressLabel}>
      <ProgressBar value={STEP_VALUE[step]} aria-valuetext={t.steps[step]} />
      <Text id="rmo-step" role="status" aria-live="polite">
        {t.steps[step]}
      </Text>
    </Field>
  );
}
