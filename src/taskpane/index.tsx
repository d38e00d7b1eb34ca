import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { realPipeline } from './pipeline';
import { openWorkbookSettingsStore } from './settingsStore';
import { currentThemeKind } from './theme';
import { THEMES } from './themes';
import { mark } from './marks';

mark('rmo:script');

Office.onReady(() => {
  mark('rmo:office-ready');
  // The HTML shell names its mount point; accept either name so shell and pane can change independently.
  const container = document.getElementById('container') ?? document.getElementById('root');
  if (!container) return;
  const kind = currentThemeKind();
  document.documentElement.dataset.theme = kind;
  // Not awaited: the pane paints at once and shows the workbook's settings when Excel has
  // answered (App hides them until then rather than show defaults that then change).
  const store = openWorkbookSettingsStore();
  createRoot(container).render(
    <FluentProvider theme={THEMES[kind]}>
      <App pipeline={realPipeline} store={store} />
    </FluentProvider>,
  );
});
