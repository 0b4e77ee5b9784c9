import type { demoContract } from '../../../shared/demo/contract';
import type { AreaContext, HandlersOf } from '../context';
import { addDemoData } from './demo';

export type DemoHandlers = HandlersOf<typeof demoContract>;

export function demoHandlers({ db }: AreaContext): DemoHandlers {
  return { 'demo.seed': () => addDemoData(db) };
}
