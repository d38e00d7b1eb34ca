import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Text } from '@fluentui/react-components';
import { catalogue, Language } from '../i18n';
import { MAPPING_FIELDS, MappingTexts } from './mapping';
import type { MappingField } from './types';
import { useStyles } from './styles';

export interface MappingSectionProps {
  readonly lang: Language;
  readonly texts: MappingTexts;
  readonly disabled: boolean;
  readonly onChange: (field: MappingField, value: string) => void;
}

/** Optional header-name overrides, collapsed by default because automatic matching usually suffices. */
export function MappingSection({ lang, texts, disabled, onChange }: MappingSectionProps): React.JSX.Element {
  const t = catalogue(lang).taskpane;
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="mapping">
        <AccordionHeader as="h2" id="rmo-mapping-heading">
          {t.mappingHeading}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            <Text className={styles.muted}>{t.mappingIntro}</Text>
            {MAPPING_FIELDS.map((f) => (
              <Field key={f} label={t.mappingLabels[f]}>
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
