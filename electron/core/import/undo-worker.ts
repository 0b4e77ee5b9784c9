/** The undo worker thread: one import's undo on its own connection, then it ends (see handlers.ts). */
import { answerJob } from '../db/offload';
import { runUndoJob } from './batches';

void answerJob(runUndoJob);
