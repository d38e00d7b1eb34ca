import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { realPipeline } from './pipeline';
import { officeSettingsStore } from './settingsStore';

Office.onReady(() => {
  // The HTML shell names its mount point; accept either name so shell and pane can change independently.
  const container = document.getElementById('container') ?? document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App pipeline={realPipeline} store={officeSettingsStore()} />
    </FluentProvider>,
  );
});
