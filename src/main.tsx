import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from '@/app/app';
import { beforeFirstRender, renderApp, showsFirstScreen } from '@/app/first-render';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;

void beforeFirstRender(queryClient, window.location.pathname, {
  firstScreen: showsFirstScreen(container),
}).then(() =>
  renderApp(
    container,
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
