import { unstableSetRender } from 'antd-mobile';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { VillagerApp } from './app/villager-app';
import { applyStoredElderMode } from './app/elder-mode';

// antd-mobile 5 mounts Toast and Dialog with React 18's render API; React 19 needs createRoot.
unstableSetRender((node, container) => {
  const element = container as Element & { _reactRoot?: Root };
  element._reactRoot ??= createRoot(container);
  element._reactRoot.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    element._reactRoot?.unmount();
    delete element._reactRoot;
  };
});

applyStoredElderMode();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <VillagerApp />
  </StrictMode>,
);
