import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/theme.css';
import './styles/layout.css';
import './styles/conversation.css';
import './styles/source-panel.css';
import './styles/responsive.css';
import './styles/print.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
