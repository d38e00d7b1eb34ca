import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Text } from '@fluentui/react-components';
import { catalogue, Language } from '../i18n';
import { FIELDS } from '../input/headers';
import type { Field as InputField } from '../input/types';
import type { MappingTexts } from './mapping';
import { useStyles } from './styles';

export interface MappingSectionProps {
  readonly lang: Language;
  readonly texts: MappingTexts;
  readonly disabled: boolean;
  /** Starts expanded, e.g. when the workbook holds column names, so they are not hidden. */
  readonly defaultOpen?: boolean;
  readonly onChange: (field: InputField, value: string) => void;
}

/**
 * Optional header-name overrides, collapsed by default because automatic matching usually suffices.
 * One box per input field, labelled with the name the problem messages use for that column.
 */
export function MappingSection({ lang, texts, disabled, defaultOpen = false, onChange }: MappingSectionProps): React.JSX.Element {
  const c = catalogue(lang);
  const t = c.taskpane;
  const styles = useStyles();
  return (
    <Accordion collapsible defaultOpenItems={defaultOpen ? ['mapping'] : []}>
      <AccordionItem value="mapping">
        <AccordionHeader as="h2" id="rmo-mapping-heading">
          {t.mappingHeading}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            <Text className={styles.muted}>{t.mappingIntro}</Text>
            {FIELDS.map((f) => (
              <Field key={f} label={c.inputFields[f]}>
                <Input
                  id={`rmo-mapping-${f}`}
                  value={texts[f] ?? ''}
                  disabled={disabled}
                  placeholder={t.mappingPlaceholder}
                  onChange={(_, data) => onChange(f, data.value)}
                />
              </Field>
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
