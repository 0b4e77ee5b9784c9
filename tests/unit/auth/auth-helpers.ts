import { createCore, type Core } from '../../../electron/core/index';
import type { Caller } from '../../../electron/core/auth/gate';
import type { Channel } from '../../../shared/channels';
import type { Input, Output } from '../../../shared/contract';
import { unwrap } from '../../../shared/result';

/** A core with the hosts' gate (sign-in checks) over an in-memory database. */
export const gatedCore = (dbPath = ':memory:'): Core => createCore({ dbPath, host: 'web', importWorkerPath: null });

/** One call through the dispatch as `caller`; a refusal is thrown. */
export async function call<K extends Channel>(
  core: Core,
  channel: K,
  input: Input<K>,
  caller: Caller = {},
): Promise<Output<K>> {
  return unwrap(await core.dispatch(channel, input, caller)) as Output<K>;
}

/**
 * A branch with sign-in on: the default member becomes 李经理 (manager), plus 王芳 and 陈磊 (staff), each with a
 * password; answers their ids and the manager's session.
 */
export async function branchWithSignIn(core: Core) {
  const desk = (await call(core, 'auth.status', {})).me;
  if (!desk) throw new Error('no desk');
  await call(core, 'staff.rename', { id: desk.id, name: '李经理' });
  const wang = await call(core, 'staff.create', { name: '王芳' });
  const chen = await call(core, 'staff.create', { name: '陈磊' });
  await call(core, 'auth.setSecret', { staffId: desk.id, secret: 'manager-2026' });
  await call(core, 'auth.setSecret', { staffId: wang.id, secret: '135790' });
  await call(core, 'auth.setSecret', { staffId: chen.id, secret: '246800' });
  await call(core, 'auth.configure', { enabled: true });
  const manager = (await call(core, 'auth.signIn', { staffId: desk.id, secret: 'manager-2026' })).session;
  return { managerId: desk.id, wangId: wang.id, chenId: chen.id, manager };
}
