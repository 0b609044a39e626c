/**
 * A basins worker: computes the chunks of rows it is given (one share of a map,
 * see `./bands`) and posts each chunk as it is done, so the figure
 * paints progressively. A new job is a new set of workers (the figure
 * terminates the old ones), so there is nothing to cancel here.
 */
import { computeBands } from './compute';
import type { BasinReply, BasinWorkerJob } from './protocol';

const post = (msg: BasinReply, transfer: ArrayBuffer[] = []): void => (self as unknown as Worker).postMessage(msg, transfer);

self.onmessage = (e: MessageEvent<BasinWorkerJob>) => computeBands(e.data, post);
