import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { realPipeline } from './pipeline';
import { openWorkbookSettingsStore } from './settingsStore';
import { currentThemeKind } from './theme';
import { THEMES } from './themes';

Office.onReady(async () => {
  // The HTML shell names its mount point; accept either name so shell and pane can change independently.
  const container = document.getElementById('container') ?? document.getElementById('root');
  if (!container) return;
  const kind = currentThemeKind();
  document.documentElement.dataset.theme = kind;
  // Read before the first render: the form starts from the workbook's settings.
  const store = await openWorkbookSettingsStore();
  createRoot(container).render(
    <FluentProvider theme={THEMES[kind]}>
      <App pipeline={realPipeline} store={store} />
    </FluentProvider>,
  );
});
