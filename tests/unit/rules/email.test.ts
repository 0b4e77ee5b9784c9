import { describe, it, expect } from 'vitest';
import { normaliseEmail } from '../../../shared/rules/email';

describe('normaliseEmail', () => {
  it.each([
    ['zhang.san@example.com', 'zhang.san@example.com'],
    ['  li.si@qq.com ', 'li.si@qq.com'],
    ['Wang.Wu@Example.COM', 'Wang.Wu@example.com'],
    ['service+dossier@mail.branch-office.com.cn', 'service+dossier@mail.branch-office.com.cn'],
    ['１２３４５６＠ｑｑ．ｃｏｍ', '123456@qq.com'],
    ['zhao@163。com', 'zhao@163.com'],
    ['联系人@例子.中国', '联系人@例子.中国'],
    ['info@xn--fiqs8s.xn--fiqs8s', 'info@xn--fiqs8s.xn--fiqs8s'],
  ])('%s → %s', (input, value) => {
    expect(normaliseEmail(input)).toEqual({ ok: true, value });
  });

  it.each([
    [''],
    ['zhangsan'],
    ['zhangsan@'],
    ['@example.com'],
    ['zhang@san@example.com'],
    ['zhang san@example.com'],
    ['zhangsan@localhost'],
    ['zhangsan@example'],
    ['zhangsan@example..com'],
    ['zhangsan@-example.com'],
    ['zhangsan@example-.com'],
    ['zhangsan@exa_mple.com'],
    ['zhangsan@example.c'],
    ['zhangsan@example.123'],
    ['zhangsan@example.com.'],
  ])('rejects %j', (input) => {
    expect(normaliseEmail(input)).toEqual({ ok: false, code: 'email.invalid' });
  });
});
