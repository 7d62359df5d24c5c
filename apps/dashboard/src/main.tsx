import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import './app/responsive.css';
import i18n from './i18n/i18n';
import { installValidationMessages } from './i18n/validation-messages';

installValidationMessages(document, (key, options) => i18n.t(key, options));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
