/** The backup worker thread: one backup (copied and checked) or one check, on its own connection, then it ends. */
import { answerJob } from '../db/offload';
import { runBackupJob } from './copies';

void answerJob(runBackupJob);
