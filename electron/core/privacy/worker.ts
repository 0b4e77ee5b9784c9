/** The privacy worker thread: one erase (or emptying the recycle bin) on its own connection, then it ends. */
import { answerJob } from '../db/offload';
import { runEraseJob } from './eraser';

void answerJob(runEraseJob);
