import { none, returns, type ContractEntry } from '../contract-entries';

/** What adding the demo data wrote. */
export interface DemoSeeded {
  readonly customers: number;
  readonly callbacks: number;
}

export const demoContract = {
  'demo.seed': { input: none, output: returns<DemoSeeded>() },
} as const satisfies Record<string, ContractEntry>;
