/** The customer list printout: any filter or saved segment, chosen columns in order, phones and IDs masked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { listReportBody } from '../../../electron/core/reports/list-body';
import { reportFormat } from '../../../electron/core/reports/format';
import { listReportData } from '../../../electron/core/reports/list-data';
import { listReportParams } from '../../../shared/reports/kind-params';
import { branch, numbersIn, sayer, type Branch } from './branch';

const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the customer list printout', () => {
  let b: Branch;
  beforeAll(async () => {
    b = await branch();
    await b.call('savedSegments.create', { name: '上海 Li Lei 客户', filter: { ownerId: b.liLei, region: '上海' } });
  });

  it('prints the chosen columns, the name first, with phones and ID numbers masked', () => {
    const d = listReportData(
      b.db,
      listReportParams.parse({ filter: { region: '北京' }, columns: ['mobile', 'idNumber', 'name', 'owner'] }),
      'zh-CN',
      reportFormat('zh-CN', false),
    );
    expect(d.columns).toEqual(['name', 'mobile', 'idNumber', 'owner']);
    expect(d.headers).toEqual(['姓名', '手机', '证件号码', '客户经理']);
    // Name order by pinyin: 王芳 (wang) before 张伟 (zhang).
    expect(d.rows).toEqual([
      ['王芳', '139****4321', null, '王丽'],
      ['张伟', '138****5678', '110105********002X', '王丽'],
    ]);
    expect(d.total).toBe(2);
    const out = textOf(listReportBody(d, sayer('zh-CN'), numbersIn('zh-CN')).toString());
    expect(out).toContain('共 2 位客户');
    expect(out).toContain('电话及证件号码已脱敏显示。');
    expect(out).toContain('2 张伟 138****5678 110105********002X 王丽');
  });

  it('shows the numbers whole when the person printing unmasks them', () => {
    const d = listReportData(
      b.db,
      listReportParams.parse({ filter: { region: '北京' }, columns: ['mobile', 'idNumber'] }),
      'en',
      reportFormat('en', true),
    );
    expect(d.rows[1]).toEqual(['张伟', '13812345678', '11010519491231002X']);
    const out = textOf(listReportBody(d, sayer('en'), numbersIn('en')).toString());
    expect(out).not.toContain('masked');
    expect(out).toContain('2 customers');
  });

  it('prints a saved segment named on the command line, a hostile name as text', () => {
    const d = listReportData(
      b.db,
      listReportParams.parse({ segmentName: '上海 Li Lei 客户', columns: ['region'] }),
      'en',
      reportFormat('en', false),
    );
    expect(d.segmentName).toBe('上海 Li Lei 客户');
    // In the list's pinyin order: emily, img, li.
    expect(d.rows.map((r) => r[0])).toEqual(['Emily Carter', '<img src=x onerror=alert(1)>', '李娜']);
    const html = listReportBody(d, sayer('en'), numbersIn('en')).toString();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(textOf(html)).toContain('Segment: 上海 Li Lei 客户 · 3 customers');
  });

  it('refuses an unknown column and an unknown segment', () => {
    expect(listReportParams.safeParse({ columns: ['salary'] }).success).toBe(false);
    expect(() =>
      listReportData(
        b.db,
        listReportParams.parse({ segmentName: '没有这个分组' }),
        'zh-CN',
        reportFormat('zh-CN', false),
      ),
    ).toThrow();
  });
});
