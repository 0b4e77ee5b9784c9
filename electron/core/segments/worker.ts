/**
 * The segments worker thread: its own connection to the database file, one job (a computation, or the preview of
 * proposed settings), the answer posted back, then it ends. The main thread only receives the result.
 */
import { answerJob } from '../db/offload';
import { runSegmentJob } from './runner';

void answerJob(runSegmentJob);
