import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceApp } from './access/workspace-app.tsx';
import { App } from './app.tsx';
import { FollowupApp, followupRouteFor } from './followup/followup-app.tsx';
import './styles.css';
import './followup/followup.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One app, routed by path: `/` is the monitor (public), `/opvolging…` the follow-up of commitments,
// `/inloggen` and `/werk…` the signed-in workspace of each role.
const path = window.location.pathname;
const followupRoute = followupRouteFor(path);
const workspace = /^\/(inloggen|werk)(\/|$)/.test(path);

createRoot(root).render(
  <StrictMode>
    {followupRoute ? <FollowupApp route={followupRoute} /> : workspace ? <WorkspaceApp /> : <App />}
  </StrictMode>,
);
