/** The typed contract: one map of channel → input schema and output type, assembled from the areas' contracts. */
import { type z } from 'zod';
import { backupContract } from './backup/contract';
import { encryptionContract } from './encryption/contract';
import { auditContract } from './audit/contract';
import { authContract } from './auth/contract';
import { callbackContract } from './callbacks/contract';
import type { Channel } from './channels';
import { complaintContract } from './complaints/contract';
import type { ContractEntry } from './contract-entries';
import { hqContract } from './hq/contract';
import { contactContract } from './contacts/contract';
import { customerContract } from './customers/contract';
import { demoContract } from './demo/contract';
import { exportContract } from './export/contract';
import { importContract } from './import/contract';
import { interactionContract } from './interactions/contract';
import { privacyContract } from './privacy/contract';
import { productContract } from './products/contract';
import { purchaseContract } from './purchases/contract';
import { reportKindsContract } from './reports/kinds-contract';
import { reportContract } from './reports/contract';
import type { Reply } from './result';
import { riskContract } from './risk/contract';
import { searchContract } from './search/contract';
import { segmentContract } from './segments/contract';
import { savedSegmentContract } from './segments/saved-contract';
import { settingsContract } from './settings/contract';
import { staffContract } from './staff/contract';
import { syncContract } from './sync/contract';

export const contract = {
  ...settingsContract,
  ...staffContract,
  ...searchContract,
  ...customerContract,
  ...contactContract,
  ...interactionContract,
  ...purchaseContract,
  ...importContract,
  ...exportContract,
  ...demoContract,
  ...callbackContract,
  ...segmentContract,
  ...productContract,
  ...riskContract,
  ...savedSegmentContract,
  ...complaintContract,
  ...backupContract,
  ...reportKindsContract,
  ...reportContract,
  ...encryptionContract,
  ...authContract,
  ...auditContract,
  ...privacyContract,
  ...syncContract,
  ...hqContract,
} as const satisfies Record<Channel, ContractEntry>;

type Contract = typeof contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type Output<K extends Channel> = Contract[K]['output'];

/** What the renderer calls: one async function per channel, failures thrown as DossierError. */
export type DossierApi = { readonly [K in Channel]: (input: Input<K>) => Promise<Output<K>> };

/** What a host transports: the raw reply envelope per channel (preload exposes this). */
export type DossierBridge = { readonly [K in Channel]: (input: Input<K>) => Promise<Reply<Output<K>>> };
