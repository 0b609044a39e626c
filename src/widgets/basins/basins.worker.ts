/**
 * A basins worker: computes the chunks of rows it is given (one share of a map,
 * see `./bands`) and posts each chunk as it is done, so the figure paints
 * progressively; then, when sent them, a share of the map's border cells. A
 * new job is a new set of workers (the figure terminates the old ones), so
 * there is nothing to cancel here.
 */
import { computeBands, computeBorders } from './compute';
import type { BasinBorderJob, BasinReply, BasinWorkerJob } from './protocol';

const post = (msg: BasinReply, transfer: ArrayBuffer[] = []): void => (self as unknown as Worker).postMessage(msg, transfer);

let job: BasinWorkerJob | null = null;

self.onmessage = (e: MessageEvent<BasinWorkerJob | BasinBorderJob>) => {
  const msg = e.data;
  if ('type' in msg) {
    if (job) computeBorders(job, msg, post);
  } else {
    job = msg;
    computeBands(msg, post);
  }
};
