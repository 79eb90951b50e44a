// Entry point: turns an emailed path link into its page, then mounts the app into #app.
import { render } from 'preact';
import { App } from './app.tsx';
import { adoptPathLink } from './router.ts';
import './styles.css';
import { keepTablesLabelled } from './ui/stacked-tables.ts';

adoptPathLink();
const root = document.getElementById('app');
if (root) {
  keepTablesLabelled(root);
  render(<App />, root);
}
