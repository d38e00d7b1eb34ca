import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import { catalogue, Language } from '../i18n';
import { useStyles } from './styles';

export interface HelpSectionProps {
  readonly lang: Language;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/** "How it works": collapsed until asked for (the empty state's help link opens it). */
export function HelpSection({ lang, open, onOpenChange }: HelpSectionProps): React.JSX.Element {
  const w = catalogue(lang).workbench;
  const styles = useStyles();
  return (
    <Accordion collapsible openItems={open ? ['help'] : []} onToggle={(_, d) => onOpenChange(d.openItems.includes('help'))} id="rmo-help">
      <AccordionItem value="help">
        <AccordionHeader as="h2" id="rmo-help-heading">
          {w.helpHeading}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            {w.helpParagraphs.map((p, i) => (
              <Text as="p" key={i} className={styles.heading}>
                {p}
              </Text>
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
