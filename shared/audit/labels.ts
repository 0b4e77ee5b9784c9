/** The audit log's codes in the reader's language: the kind of record and the kind of change. */
import type { Translate } from '../i18n/index';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from './types';

const isEntity = (entity: string): entity is AuditEntity => (AUDIT_ENTITIES as readonly string[]).includes(entity);
const isAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** A kind of record (`callback` → 回访 / Call-back); a code no Dossier writes any more is shown as stored. */
export const auditEntityLabel = (t: Translate, entity: string): string =>
  isEntity(entity) ? t(`audit.entity.${entity}`) : entity;

/** A kind of change (`signInFailed` → 登录被拒 / Sign-in refused). */
export const auditActionLabel = (t: Translate, action: string): string =>
  isAction(action) ? t(`audit.action.${action}`) : action;
