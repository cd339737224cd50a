import { followupWorkflowWalk } from './followup-workflow-walk.ts';

// The same walk in English (?lang=en): every screen's chrome in English, axe clean on each.
followupWorkflowWalk('en', '2022-2026');
