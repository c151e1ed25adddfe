import { render } from 'preact';
import { App } from './app';
import { restoreSession } from './auth/session';
import { initLocale } from './i18n';
import { startLive } from './live/live';
import { startElderMode } from './elder/elder';
import { interceptLinks } from './router';
import './styles.css';

interceptLinks();
void restoreSession();
startLive();
startElderMode();
void initLocale().finally(() => render(<App />, document.getElementById('app')!));
