import { createRoot } from 'react-dom/client';

// The web budget's baseline (tools/bench/web-budget.ts): React and nothing else, rendering one line.
const container = document.getElementById('root');
if (container) createRoot(container).render(<p className="baseline-ready">就绪</p>);
