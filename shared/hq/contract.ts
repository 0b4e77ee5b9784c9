/** The head-office channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { none, returns, type ContractEntry } from '../contract-entries';
import { hqBranchInput, hqFiguresInput, hqPullInput, hqSamePersonInput, hqSearchInput } from './schemas';
import type { BranchFigures, HqFigures, HqSearchResult, HqStatus, PullResult, SamePersonPage } from './types';

export const hqContract = {
  /** Which mode the host runs in; the renderer picks its pages by it. */
  'hq.status': { input: none, output: returns<HqStatus>() },
  /** Per-branch and total figures (head office only). */
  'hq.figures': { input: hqFiguresInput, output: returns<HqFigures>() },
  /** One branch's figures. */
  'hq.branch': { input: hqBranchInput, output: returns<BranchFigures>() },
  /** Customers of every branch by name or masked mobile. */
  'hq.search': { input: hqSearchInput, output: returns<HqSearchResult>() },
  /** ★ The same person at two or more branches, by ID-number or mobile digest. */
  'hq.samePerson': { input: hqSamePersonInput, output: returns<SamePersonPage>() },
  /** A branch pulls head office's reference data (products, holidays, categories, staff directory). */
  'hq.pull': { input: hqPullInput, output: returns<PullResult>() },
} as const satisfies Record<string, ContractEntry>;
