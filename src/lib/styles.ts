// The styles of what the React component shows (the compact figure, and in `full` mode the
// title bar, export menu, embed dialog and explanations' layout). Imported by the package entry
// for their side effect, so an app's bundler collects them with no extra import.
import '../styles/figure.css';
import '../styles/full.css';
import '../export/export.css';
import '../parts/open-full.css';
import '../parts/embedDialog/embed-dialog.css';
import '../parts/notices.css';
import './isolate.css';
