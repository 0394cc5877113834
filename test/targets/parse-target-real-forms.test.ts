import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/targets/parse-target.js';
import { parseTargets } from '../../src/targets/parse-targets.js';
import { caught } from '../support/caught.js';

/** The target as JSON (Decimals as strings). */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const change = (
  direction: 'increase' | 'decrease',
  by: Record<string, unknown>,
  basis: 'absolute' | 'points' | 'percent',
) => ({ kind: 'change', direction, by, basis });
const exact = (value: string) => ({ kind: 'exact', value });
const range = (min: string, max: string) => ({ kind: 'range', min, max });
const atLeast = (value: string, strict: boolean) => ({ kind: 'at-least', value, strict });
const atMost = (value: string, strict: boolean) => ({ kind: 'at-most', value, strict });

describe('parseTarget on the forms real plans use', () => {
  describe('per-year wording anywhere makes the same change, whatever stands before it', () => {
    const table: readonly [string, unknown][] = [
      ['Tỷ lệ hộ nghèo giảm bình quân 1–1,5%/năm', change('decrease', range('1', '1.5'), 'points')],
      ['tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm', change('decrease', exact('1.41'), 'points')],
      [
        'Thu ngân sách trên địa bàn tăng bình quân từ 3 – 5%/năm',
        change('increase', range('3', '5'), 'percent'),
      ],
      ['tỷ lệ hộ nghèo bình quân mỗi năm giảm 2,1%', change('decrease', exact('2.1'), 'points')],
      [
        'tổng giá trị sản xuất tăng bình quân hằng năm 11%',
        change('increase', exact('11'), 'percent'),
      ],
      [
        'Tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 10%',
        change('decrease', atLeast('10', true), 'points'),
      ],
    ];
    it.each(table)('%s', (phrase, target) => {
      const parsed = parseTarget(phrase);
      expect(json(parsed.target)).toEqual(target);
      expect(parsed.perYear).toBe(true);
      expect(parsed.warnings).toEqual([]);
    });

    it('without its subject, "giảm bình quân 1–1,5%/năm" is the same change, flagged as open on its basis', () => {
      const parsed = parseTarget('giảm bình quân 1–1,5%/năm');
      expect(json(parsed.target)).toEqual(change('decrease', range('1', '1.5'), 'points'));
      expect(parsed.warnings).toEqual([expect.stringContaining('pass { measure }')]);
    });

    it('"mỗi năm kết nạp từ 80 đảng viên trở lên" is at least 80 a year', () => {
      const parsed = parseTarget('mỗi năm kết nạp từ 80 đảng viên trở lên');
      expect(json(parsed.target)).toEqual(atLeast('80', false));
      expect(parsed.perYear).toBe(true);
    });

    it('"tốc độ tăng trưởng kinh tế 10% một năm trở lên" keeps "trở lên" after "một năm"', () => {
      const parsed = parseTarget('tốc độ tăng trưởng kinh tế 10% một năm trở lên');
      expect(json(parsed.target)).toEqual(atLeast('10', false));
      expect(parsed.perYear).toBe(true);
    });

    it('an average growth rate is per year; income per person ("bình quân đầu người") is not', () => {
      expect(
        parseTarget('tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 đạt 7%').perYear,
      ).toBe(true);
      expect(parseTarget('thu nhập bình quân đầu người đạt 60 triệu đồng').perYear).toBe(false);
      expect(parseTarget('thu nhập bình quân đầu người/năm đạt 85-90 triệu đồng').perYear).toBe(
        false,
      );
    });

    it('a unit per year is a per-year target; a yield per hectare per year is not', () => {
      expect(parseTarget('Trồng rừng mới: 30 ha/năm').perYear).toBe(true);
      expect(parseTarget('giá trị sản xuất đạt 230 triệu đồng/ha/năm').perYear).toBe(false);
    });
  });

  describe('the subject decides whether a "%" change is in points or in percent', () => {
    const table: readonly [string, 'points' | 'percent'][] = [
      ['thu ngân sách hằng năm tăng 10 - 12%', 'percent'],
      ['số doanh nghiệp tư nhân hoạt động trong nền kinh tế tăng từ 20-30%', 'percent'],
      ['kim ngạch xuất khẩu tăng 12%', 'percent'],
      ['GRDP tăng 11%', 'percent'],
      ['Giảm tỷ lệ hộ nghèo 1,5% so năm 2015', 'points'],
      ['tỷ trọng công nghiệp - xây dựng tăng 2%', 'points'],
      ['giảm 50% số hộ nghèo', 'percent'],
    ];
    it.each(table)('%s → %s', (phrase, basis) => {
      const parsed = parseTarget(phrase);
      expect(parsed.target).toMatchObject({ kind: 'change', basis });
      expect(parsed.warnings).toEqual([]);
    });

    it('"Bình quân hàng năm giảm tỷ lệ hộ nghèo 2%": a change verb after a per-year opening', () => {
      const parsed = parseTarget('Bình quân hàng năm giảm tỷ lệ hộ nghèo 2%');
      expect(json(parsed.target)).toEqual(change('decrease', exact('2'), 'points'));
      expect(parsed.perYear).toBe(true);
    });

    it('"số" inside "dân tộc thiểu số" does not make the subject a count', () => {
      const parsed = parseTarget('tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 4%');
      expect(parsed.target).toMatchObject({ basis: 'points' });
      // Without "tỷ lệ" nothing settles it: a warning, not a confident count.
      expect(parseTarget('hộ đồng bào dân tộc thiểu số giảm 4%').warnings).toHaveLength(1);
    });

    it('where nothing says which, the reading says so, and `measure` settles it', () => {
      const open = parseTarget('chỉ số hạnh phúc tăng 25% so với năm 2020');
      expect(open.warnings).toHaveLength(1);
      const settled = parseTarget('chỉ số hạnh phúc tăng 25% so với năm 2020', { measure: 'rate' });
      expect(settled.target).toMatchObject({ basis: 'points' });
      expect(settled.warnings).toEqual([]);
    });
  });

  describe('levels that look like changes', () => {
    it('"hộ cận nghèo giảm dưới 2%" is the level to reach, flagged', () => {
      const parsed = parseTarget('hộ cận nghèo giảm dưới 2%');
      expect(json(parsed.target)).toEqual(atMost('2', true));
      expect(parsed.warnings).toEqual([expect.stringContaining('giảm dưới')]);
    });

    it('"Tỷ lệ hộ nghèo đến năm 2025 giảm dưới 1%" is a level by 2025, flagged', () => {
      const parsed = parseTarget('Tỷ lệ hộ nghèo đến năm 2025 giảm dưới 1%');
      expect(json(parsed.target)).toEqual(atMost('1', true));
      expect(parsed.byYear).toBe(2025);
      expect(parsed.warnings).toHaveLength(1);
    });

    it('"tốc độ tăng trưởng kinh tế (GRDP) tăng từ 7-7,5%/năm" is a growth rate, not a change of it', () => {
      expect(
        json(parseTarget('tốc độ tăng trưởng kinh tế (GRDP) tăng từ 7-7,5%/năm').target),
      ).toEqual(range('7', '7.5'));
    });

    it('"duy trì (ổn định) trên 66%" and "giữ vững 100%" are levels', () => {
      expect(json(parseTarget('duy trì (ổn định) trên 66%').target)).toEqual(atLeast('66', true));
      expect(json(parseTarget('giữ vững 100%').target)).toEqual(exact('100'));
    });
  });

  describe('deadlines, bases and baselines', () => {
    it.each([
      ['thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng', 2025],
      ['GRDP bình quân đầu người năm 2030 đạt khoảng 9.800 USD', 2030],
      ['đạt 12.000 USD vào năm 2030', 2030],
      ['Tỷ lệ đô thị hóa đến 2025 đạt 40%', 2025],
      ['giá trị sản xuất (giá so sánh năm 2010) tăng 8%', null],
      ['tăng 8% so với năm 2020', null],
      ['tỷ lệ hộ nghèo giai đoạn 2021 - 2025 giảm 1%', null],
    ] as const)('%s → byYear %s', (phrase, year) => {
      expect(parseTarget(phrase).byYear).toBe(year);
    });

    it('"so với năm 2025 tăng 31,6%": the base named before the figure is kept', () => {
      const parsed = parseTarget(
        'thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 31,6%',
      );
      expect(json(parsed.target)).toEqual(change('increase', exact('31.6'), 'percent'));
      expect(parsed.comparedTo).toBe('năm 2025');
      expect(parsed.byYear).toBe(2030);
    });

    it('"từ 7.200 USD năm 2025 lên 12.000–13.000 USD vào năm 2030": baseline and target in one clause', () => {
      const parsed = parseTarget(
        'GRDP bình quân đầu người từ 7.200 USD năm 2025 lên 12.000–13.000 USD vào năm 2030',
      );
      expect(json(parsed.target)).toEqual(range('12000', '13000'));
      expect(parsed.baseline?.toString()).toBe('7200');
      expect(parsed.byYear).toBe(2030);
      expect(parsed.unit).toBe('USD');
    });
  });

  describe('multiples and zero targets', () => {
    it('"gấp 1,5 lần" is +50 percent of the baseline', () => {
      const parsed = parseTarget('thu nhập bình quân đầu người gấp 1,5 lần so với năm 2020');
      expect(json(parsed.target)).toEqual(change('increase', exact('50'), 'percent'));
      expect(parsed.comparedTo).toBe('năm 2020');
      expect(parsed.warnings).toEqual([]);
    });

    it('"tăng 2 lần" is read as "gấp 2 lần", flagged (some read it as three times)', () => {
      const parsed = parseTarget('tăng 2 lần');
      expect(json(parsed.target)).toEqual(change('increase', exact('100'), 'percent'));
      expect(parsed.warnings).toHaveLength(1);
    });

    it.each(['không còn hộ nghèo', 'không có chi bộ yếu kém'])(
      '"%s" is a target of zero',
      (phrase) => {
        const parsed = parseTarget(phrase);
        expect(json(parsed.target)).toEqual(atMost('0', false));
        expect(parsed.warnings).toEqual([]);
      },
    );

    it('"cơ bản không còn hộ nghèo" is a softened zero, flagged', () => {
      expect(parseTarget('cơ bản không còn hộ nghèo').warnings).toHaveLength(1);
    });

    it('"không còn xã dưới 10 tiêu chí" is refused: the figure defines what is brought to zero', () => {
      expect(caught(() => parseTarget('không còn xã dưới 10 tiêu chí')).code).toBe(
        'unparseable-target',
      );
    });
  });

  describe('figures that are not the target', () => {
    it('"TT. Ái Nghĩa đạt đô thị loại 4" is refused: a class, not a figure', () => {
      const error = caught(() => parseTarget('TT. Ái Nghĩa đạt đô thị loại 4'));
      expect(error.code).toBe('unparseable-target');
      expect(error.message).toContain('rank or a class');
    });

    it('"top 20" is a rank', () => {
      expect(caught(() => parseTarget('chỉ số PCI nằm trong top 20 cả nước')).code).toBe(
        'unparseable-target',
      );
    });

    it('"(8 xã)" beside a percent is context', () => {
      const parsed = parseTarget('tỷ lệ xã đạt chuẩn nông thôn mới đạt 80% (8 xã)');
      expect(json(parsed.target)).toEqual(exact('80'));
      expect(parsed.rest).toBe('(8 xã)');
    });

    it('"66/112 thôn" is 66 of 112: the target is 66', () => {
      const parsed = parseTarget('có 66/112 thôn đạt chuẩn khu dân cư kiểu mẫu');
      expect(json(parsed.target)).toEqual(exact('66'));
      expect(parsed.unit).toBe('thôn đạt chuẩn khu dân cư kiểu mẫu');
    });

    it('"giảm 2/3 số hộ nghèo" (a fraction) is refused', () => {
      expect(caught(() => parseTarget('giảm 2/3 số hộ nghèo')).code).toBe('unparseable-target');
    });

    it('"nghìn tỷ" and "ngàn tỷ" stay in the unit', () => {
      expect(parseTarget('GRDP đạt 361,6 nghìn tỷ đồng').unit).toBe('nghìn tỷ đồng');
      expect(parseTarget('thu ngân sách đạt 12 ngàn tỷ đồng').unit).toBe('ngàn tỷ đồng');
    });

    it('a directive number in the subject is not a figure', () => {
      const parsed = parseTarget('số xã đạt tiêu chí theo Quyết định số 318/QĐ-TTg đạt 90%');
      expect(json(parsed.target)).toEqual(exact('90'));
      expect(
        json(parseTarget('thực hiện Nghị quyết 05-NQ/TU, kết nạp 100 đảng viên').target),
      ).toEqual(exact('100'));
    });

    it('a duration before the figure ("5 năm", "05 năm") is not the figure', () => {
      expect(
        json(parseTarget('Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 120.000 tỷ đồng').target),
      ).toEqual({
        kind: 'approximately',
        value: '120000',
      });
      expect(
        json(parseTarget('Tốc độ tăng trưởng GRDP bình quân 05 năm: 6,5 - 7%').target),
      ).toEqual(range('6.5', '7'));
    });

    it('a denominator ("/10.000 dân", "trên 1 vạn dân") is not the figure', () => {
      expect(json(parseTarget('phấn đấu đạt 9 bác sĩ/10.000 dân').target)).toEqual(exact('9'));
      expect(
        json(parseTarget('Số giường bệnh trên 1 vạn dân đạt 34,7 giường bệnh').target),
      ).toEqual(exact('34.7'));
    });

    it('an age ("trẻ em dưới 5 tuổi") is not the figure', () => {
      expect(
        json(
          parseTarget('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (thể thấp còi) dưới 20,8%').target,
        ),
      ).toEqual(atMost('20.8', true));
    });

    it('a bare period ("từ 2016 – 2020") is two years, not a range', () => {
      expect(
        json(
          parseTarget(
            'Tổng vốn đầu tư phát triển toàn xã hội từ 2016 – 2020 đạt ở mức 89.000 tỷ đồng',
          ).target,
        ),
      ).toEqual(exact('89000'));
    });

    it('a price base without "năm" ("giá so sánh 2010") is a year', () => {
      expect(json(parseTarget('GRDP (giá so sánh 2010) tăng trên 9,0%').target)).toEqual(
        change('increase', atLeast('9', true), 'percent'),
      );
    });

    it('"trên 1 ha" after the unit means per hectare', () => {
      const parsed = parseTarget('giá trị sản xuất đạt 150 triệu đồng trên 1 ha');
      expect(json(parsed.target)).toEqual(exact('150'));
    });

    it('"90% gia đình trở lên" and "95% thôn, tổ dân phố trở lên": "trở lên" after the counted noun', () => {
      expect(
        json(parseTarget('90% gia đình trở lên đạt danh hiệu Gia đình văn hoá').target),
      ).toEqual(atLeast('90', false));
      expect(
        json(parseTarget('95% thôn, tổ dân phố trở lên đạt danh hiệu văn hóa').target),
      ).toEqual(atLeast('95', false));
    });

    it('"85% chi bộ hoàn thành tốt nhiệm vụ trở lên": "trở lên" belongs to the rating', () => {
      expect(json(parseTarget('85% chi bộ hoàn thành tốt nhiệm vụ trở lên').target)).toEqual(
        exact('85'),
      );
    });
  });

  describe('qualifiers that disagree are flagged, not guessed', () => {
    it.each(['trên 13% trở lên', 'hơn 6.300 USD trở lên', 'khoảng trên 94 triệu đồng'])(
      '%s',
      (phrase) => {
        expect(parseTarget(phrase).warnings).toHaveLength(1);
      },
    );
  });
});

describe('parseTargets', () => {
  it('reads each target of a clause with its own subject', () => {
    const parsed = parseTargets(
      'Giá trị sản xuất tăng 16%, trong đó: nông nghiệp tăng 6%; công nghiệp tăng 18,4%',
    );
    expect(parsed.map((p) => p.subject)).toEqual([
      'Giá trị sản xuất',
      'nông nghiệp',
      'công nghiệp',
    ]);
    expect(parsed.map((p) => json(p.target))).toEqual([
      change('increase', exact('16'), 'percent'),
      change('increase', exact('6'), 'percent'),
      change('increase', exact('18.4'), 'percent'),
    ]);
  });

  it('a deadline heading carries over to every part', () => {
    const parsed = parseTargets(
      'Cơ cấu kinh tế đến năm 2025: dịch vụ chiếm 53 - 54%; công nghiệp và xây dựng 31 - 32%; nông nghiệp 7 - 9%',
    );
    expect(parsed.map((p) => p.byYear)).toEqual([2025, 2025, 2025]);
    expect(parsed.map((p) => json(p.target))).toEqual([
      range('53', '54'),
      range('31', '32'),
      range('7', '9'),
    ]);
  });

  it('a part that is a bare figure shares the verb before the first figure', () => {
    const parsed = parseTargets(
      'thêm 12 xã đạt chuẩn nông thôn mới nâng cao và 4 xã nông thôn kiểu mẫu',
    );
    expect(parsed.map((p) => json(p.target))).toEqual([
      change('increase', exact('12'), 'absolute'),
      change('increase', exact('4'), 'absolute'),
    ]);
  });

  it('"(8 xã)" and "so với …" stay with the figure before them', () => {
    expect(parseTargets('đạt 80% (8 xã), tăng 10% so với năm 2020')).toHaveLength(2);
    expect(parseTargets('tỷ lệ xã đạt chuẩn đạt 80% (8 xã)')).toHaveLength(1);
  });

  it('words without a figure after the last target are flagged', () => {
    const [last] = parseTargets(
      'phấn đấu đến năm 2020 toàn tỉnh có 50% xã đạt chuẩn NTM và một đơn vị cấp huyện đạt chuẩn huyện NTM',
    );
    expect(last?.warnings).toContainEqual(expect.stringContaining('words without a figure'));
  });

  it('a bare figure after a bounded one is flagged, not given the bound', () => {
    const [, second] = parseTargets('trên 150 đảng viên; 2 xã');
    expect(json(second?.target)).toEqual(exact('2'));
    expect(second?.warnings).toHaveLength(1);
  });

  it('"và" ends the unit: what follows is flagged as a possible target', () => {
    const parsed = parseTarget('kết nạp 100 đảng viên và phát triển tổ chức đảng');
    expect(parsed.unit).toBe('đảng viên');
    expect(parsed.warnings).toHaveLength(1);
  });

  it('"trên 1 ha" is not part of the unit', () => {
    expect(parseTarget('giá trị sản xuất đạt 150 triệu đồng trên 1 ha').unit).toBe('triệu đồng');
  });
});

describe('a change printed with no unit (the unit in another column)', () => {
  it('on a rate is in points', () => {
    const parsed = parseTarget('Tỷ lệ hộ nghèo giảm bình quân mỗi năm 3');
    expect(json(parsed.target)).toEqual(change('decrease', exact('3'), 'points'));
    expect(parsed.warnings).toEqual([]);
  });

  it('on an amount is flagged, not read as units of GDP', () => {
    const parsed = parseTarget('Tăng tổng sản phẩm trong nước (GDP) bình quân 5 năm 7,0');
    expect(parsed.warnings).toEqual([expect.stringContaining('no unit')]);
    expect(
      parseTarget('Tăng tổng sản phẩm trong nước (GDP) bình quân 5 năm 7,0', { measure: 'amount' })
        .warnings,
    ).toEqual([]);
  });
});
