import { followupWorkflowWalk } from './followup-workflow-walk.ts';

// Issue 13's walk in Dutch: from a new edition to publication, with three departments and the minister's office.
followupWorkflowWalk('nl', '2022-2026');
