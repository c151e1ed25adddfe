import { render } from 'preact';
import { App } from './app';
import { restoreSession } from './auth/session';
import { initLocale } from './i18n';
import { interceptLinks } from './router';
import './styles.css';

interceptLinks();
void restoreSession();
void initLocale().finally(() => render(<App />, document.getElementById('app')!));
