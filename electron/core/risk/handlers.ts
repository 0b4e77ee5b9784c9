import type { riskContract } from '../../../shared/risk/contract';
import type { AreaContext, HandlersOf } from '../context';
import { assessRisk, customerRisk } from './assessments';
import { dueAssessments, riskMismatches } from './lists';

export type RiskHandlers = HandlersOf<typeof riskContract>;

export function riskHandlers({ db, actor }: AreaContext): RiskHandlers {
  return {
    'risk.get': ({ customerId }) => customerRisk(db, customerId),
    'risk.assess': (input) => assessRisk(db, input, actor()),
    'risk.mismatches': (query) => riskMismatches(db, query),
    'risk.due': (query) => dueAssessments(db, query),
  };
}
