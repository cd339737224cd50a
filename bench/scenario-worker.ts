// A child process of `npm run eval:estimation -- --workers N`: scores the cells its parent sends
// (by index into the grid) and sends each score back, with estimators named by id. Started by
// `scoreCellsInWorkers` (bench/eval-capture-scenarios.ts) through bin/run-ts.js.
import { scenarioGrid, type CaptureScenarioOptions, type SentCellScore } from './eval-capture-scenarios.ts';
import { scoreScenarioCell } from './scenario-coverage.ts';

type Request = { readonly options: CaptureScenarioOptions; readonly cell: number } | { readonly done: true };

const send = (message: unknown) =>
  new Promise<void>((resolve, reject) =>
    process.send?.(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );

process.on('message', async (request: Request) => {
  if ('done' in request) {
    process.disconnect();
    return;
  }
  const { cells, estimators } = scenarioGrid(request.options);
  const cell = cells[request.cell];
  if (!cell) throw new Error(`no cell ${request.cell} in a grid of ${cells.length}`);
  const score = scoreScenarioCell(cell, estimators, request.options);
  const sent: SentCellScore = {
    cell: request.cell,
    seenShare: score.seenShare,
    scores: score.scores.map(({ estimator, ...rest }) => ({ ...rest, estimator: estimator.id })),
  };
  await send(sent);
});
