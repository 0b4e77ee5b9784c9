/** Call-back labels that depend on the branch's own lists: the app shows exactly what the core and the CLI write. */
export { answerText, cadenceText } from '../../../shared/callbacks/labels';
