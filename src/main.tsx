import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from '@/app/app';
import { beforeFirstRender, FIRST_SCREEN_ATTRIBUTE, renderApp } from '@/app/first-render';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;

void beforeFirstRender(queryClient, window.location.pathname, {
  firstScreen: container.hasAttribute(FIRST_SCREEN_ATTRIBUTE),
}).then(() =>
  renderApp(
    container,
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
