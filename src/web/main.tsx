import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { FollowupApp, followupRouteFor } from './followup/followup-app.tsx';
import './styles.css';
import './followup/followup.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One app, routed by path: `/` is the monitor, `/opvolging…` the follow-up of commitments.
const followupRoute = followupRouteFor(window.location.pathname);

createRoot(root).render(<StrictMode>{followupRoute ? <FollowupApp route={followupRoute} /> : <App />}</StrictMode>);
