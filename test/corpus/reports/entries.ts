/**
 * Paragraphs built on published Vietnamese reports: the claim phrases are quoted verbatim
 * from the source (the URL); the sentences around them are ours. `expected.claims` are claims
 * the reader must find (its quote contains `quote`); `expected.findings` the verdicts the audit
 * must give (the finding's quote contains `quote`). Any `inconsistent` finding not listed is
 * a false alarm.
 */

export interface ExpectedClaim {
  readonly kind:
    | 'tally'
    | 'percent-of-plan'
    | 'change'
    | 'share'
    | 'part-of-whole'
    | 'level'
    | 'sum';
  readonly quote: string;
}

export interface ExpectedFinding {
  readonly quote: string;
  readonly verdict: 'consistent' | 'inconsistent' | 'unchecked';
}

export interface CorpusEntry {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  readonly locality: string;
  readonly year: number;
  readonly expected: {
    readonly claims: readonly ExpectedClaim[];
    readonly findings: readonly ExpectedFinding[];
  };
}

export const reportCorpus: readonly CorpusEntry[] = [
  {
    id: 'nghe-an-2021-khieu-nai',
    locality: 'Nghệ An',
    year: 2021,
    source:
      'https://baonghean.vn/tap-trung-ra-soat-tham-muu-giai-quyet-dut-diem-cac-vu-viec-ton-dong-phuc-tap-299715.html',
    text: 'Báo cáo tổng kết năm 2021 của tỉnh về tiếp công dân nêu: các cơ quan hành chính nhà nước đã giải quyết được 238/316 vụ việc, đạt tỷ lệ 88,9%, số còn lại đang được xác minh.',
    expected: {
      claims: [{ kind: 'part-of-whole', quote: '238/316 vụ việc, đạt tỷ lệ 88,9%' }],
      findings: [{ quote: '238/316', verdict: 'inconsistent' }],
    },
  },
  {
    id: 'nghe-an-2021-don-thu',
    locality: 'Nghệ An',
    year: 2021,
    source:
      'https://baonghean.vn/tap-trung-ra-soat-tham-muu-giai-quyet-dut-diem-cac-vu-viec-ton-dong-phuc-tap-299715.html',
    text: 'Trong năm, toàn tỉnh đã tiếp 6.353 lượt công dân đến khiếu nại, tố cáo và kiến nghị, phản ánh, tăng 9,3% so với cùng kỳ năm 2020. Đơn đủ điều kiện xử lý là 7.081 đơn, giảm 13,2 % so với cùng kỳ năm 2020.',
    expected: {
      claims: [
        { kind: 'change', quote: 'tăng 9,3% so với cùng kỳ năm 2020' },
        { kind: 'change', quote: 'giảm 13,2 % so với cùng kỳ năm 2020' },
      ],
      findings: [
        { quote: 'tăng 9,3%', verdict: 'unchecked' },
        { quote: 'giảm 13,2 %', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'thanh-tra-2024-q1',
    locality: 'Cấp tỉnh (Báo Thanh tra, quý I/2024)',
    year: 2024,
    source:
      'https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/quy-i-2024-phat-hien-sai-pham-kinh-te-hon-5-ty-dong-222404.html',
    text: 'Theo báo cáo quý I năm 2024, các cơ quan quản lý Nhà nước các cấp đã giải quyết 1.336/1.990 vụ việc thuộc thẩm quyền, đạt tỷ lệ 68,5%, tăng 30,8%.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '1.336/1.990 vụ việc thuộc thẩm quyền, đạt tỷ lệ 68,5%' },
      ],
      findings: [{ quote: '1.336/1.990', verdict: 'inconsistent' }],
    },
  },
  {
    id: 'quang-nam-ket-nap',
    locality: 'Quảng Nam',
    year: 2018,
    source:
      'https://baoquangnam.vn/xay-dung-dang/17021718-thon-to-dan-pho-co-chi-bo-doc-lap-20625.html',
    text: 'Theo Ban Tổ chức Tỉnh ủy, tính đến cuối tháng 5, toàn tỉnh đã kết nạp được 1.351 đảng viên mới, đạt tỷ lệ 48,3% so với nghị quyết đề ra của Tỉnh ủy; trong đó, có 564 nữ (20,14%), 884 đoàn viên (31,57%), 170 dân tộc ít người (6,07%).',
    expected: {
      claims: [
        {
          kind: 'percent-of-plan',
          quote: '1.351 đảng viên mới, đạt tỷ lệ 48,3% so với nghị quyết',
        },
        { kind: 'part-of-whole', quote: '564 nữ (20,14%)' },
        { kind: 'part-of-whole', quote: '884 đoàn viên (31,57%)' },
        { kind: 'part-of-whole', quote: '170 dân tộc ít người (6,07%)' },
      ],
      findings: [
        { quote: '48,3%', verdict: 'unchecked' },
        { quote: '564 nữ', verdict: 'inconsistent' },
        { quote: '884 đoàn viên', verdict: 'inconsistent' },
        { quote: '170 dân tộc', verdict: 'inconsistent' },
      ],
    },
  },
  {
    id: 'quang-nam-chi-bo',
    locality: 'Quảng Nam',
    year: 2018,
    source:
      'https://baoquangnam.vn/xay-dung-dang/17021718-thon-to-dan-pho-co-chi-bo-doc-lap-20625.html',
    text: 'Về tổ chức đảng ở cơ sở, toàn tỉnh hiện có 1.702/1.718 thôn, tổ dân phố có chi bộ độc lập, chiếm 99,1%; 1.132 chi bộ thôn, tổ dân phố có chi ủy, chiếm 66,2%.',
    expected: {
      claims: [
        {
          kind: 'part-of-whole',
          quote: '1.702/1.718 thôn, tổ dân phố có chi bộ độc lập, chiếm 99,1%',
        },
        { kind: 'part-of-whole', quote: '1.132 chi bộ thôn, tổ dân phố có chi ủy, chiếm 66,2%' },
      ],
      findings: [
        { quote: '1.702/1.718', verdict: 'consistent' },
        { quote: '66,2%', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'quang-nam-von-dau-tu',
    locality: 'Quảng Nam',
    year: 2017,
    source: 'http://baoquangnam.vn/thoi-su-kinh-te/tat-ca-nguon-von-dau-tu-deu-gia-tang-39974.html',
    text: 'Theo Sở Kế hoạch và Đầu tư, tổng vốn đầu tư toàn xã hội trong 6 tháng đã đạt gần 10.000 tỷ đồng, bằng 44,7% kế hoạch năm, tăng hơn 4% so cùng kỳ năm trước.',
    expected: {
      claims: [{ kind: 'percent-of-plan', quote: '10.000 tỷ đồng, bằng 44,7% kế hoạch' }],
      findings: [{ quote: '44,7%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'bac-ninh-co-cau-2021',
    locality: 'Bắc Ninh',
    year: 2021,
    source:
      'https://bacninh.dangcongsan.vn/phat-trien-va-hoi-nhap/grdp-6-thang-dau-nam-tang-7-45-so-voi-cung-ky-nam-truoc-577477.html',
    text: 'Cơ cấu kinh tế 6 tháng đầu năm 2021: Khu vực công nghiệp - xây dựng chiếm 76,19%; dịch vụ chiếm 16,49%; nông, lâm nghiệp và thuỷ sản chiếm 3,49%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 3,84%.',
    expected: {
      claims: [
        { kind: 'share', quote: 'công nghiệp - xây dựng chiếm 76,19%' },
        { kind: 'share', quote: 'nông, lâm nghiệp và thuỷ sản chiếm 3,49%' },
      ],
      findings: [{ quote: 'chiếm 76,19%', verdict: 'consistent' }],
    },
  },
  {
    id: 'bac-ninh-ty-trong-2021',
    locality: 'Bắc Ninh',
    year: 2021,
    source:
      'https://bacninh.dangcongsan.vn/phat-trien-va-hoi-nhap/grdp-6-thang-dau-nam-tang-7-45-so-voi-cung-ky-nam-truoc-577477.html',
    text: 'So với cùng kỳ, nông, lâm nghiệp và thuỷ sản chiếm 3,49%, khu vực nông, lâm nghiệp và thuỷ sản tăng 0,19% (cùng kỳ năm 2020 là 3,29%). Công nghiệp - xây dựng chiếm 76,19%, tỷ trọng khu vực công nghiệp - xây dựng tăng 0,83% (cùng kỳ 75,36%).',
    expected: {
      claims: [
        { kind: 'change', quote: 'tăng 0,19%' },
        { kind: 'change', quote: 'tăng 0,83%' },
      ],
      findings: [
        { quote: 'tăng 0,19%', verdict: 'consistent' },
        { quote: 'tăng 0,83%', verdict: 'consistent' },
      ],
    },
  },
  {
    id: 'ha-tinh-huong-son-2019',
    locality: 'Hà Tĩnh',
    year: 2019,
    source: 'https://hatinh.gov.vn/vi/huong-son-hoan-thanh-2425-chi-tieu-kinh-te-xa-hoi',
    text: 'Năm 2019, huyện Hương Sơn đã thực hiện đạt và vượt kế hoạch 24/25 chỉ tiêu kinh tế - xã hội. Trên lĩnh vực kinh tế, có 15/16 chỉ tiêu đạt và vượt kế hoạch; trên lĩnh vực xã hội, an ninh - quốc phòng, có 9/9 chỉ tiêu đạt và vượt kế hoạch.',
    expected: {
      claims: [
        { kind: 'tally', quote: '24/25' },
        { kind: 'tally', quote: '15/16' },
        { kind: 'tally', quote: '9/9' },
      ],
      findings: [],
    },
  },
  {
    id: 'ha-tinh-huong-khe-2020',
    locality: 'Hà Tĩnh',
    year: 2020,
    source: 'seed 000 (Hương Khê, tổng kết xây dựng cơ sở năm 2020)',
    text: 'Năm 2020 huyện có 18/31 chỉ tiêu vượt và đạt kế hoạch. Tốc độ tăng tổng giá trị sản xuất đạt 15,3%; cơ cấu kinh tế nông, lâm, thủy sản chiếm 36,11%; Công nghiệp, TTCN, xây dựng chiếm 36,17%; thu nhập bình quân đầu người đạt 46,3 triệu đồng/người/năm.',
    expected: {
      claims: [
        { kind: 'tally', quote: '18/31' },
        { kind: 'share', quote: 'nông, lâm, thủy sản chiếm 36,11%' },
        { kind: 'level', quote: 'đạt 46,3' },
      ],
      findings: [{ quote: 'chiếm 36,11%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'bac-kan-bach-thong-2022',
    locality: 'Bắc Kạn',
    year: 2022,
    source: 'https://bachthong.gov.vn/23-26-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-ke-hoach/',
    text: 'Đánh giá đến hết tháng 10 năm 2022, huyện Bạch Thông có 13/26 chỉ tiêu vượt so kế hoạch; 10/26 chỉ tiêu đạt kế hoạch, toàn huyện chỉ có 03/26 chỉ tiêu không đạt so với kế hoạch.',
    expected: {
      claims: [
        { kind: 'tally', quote: '13/26' },
        { kind: 'tally', quote: '10/26' },
        { kind: 'tally', quote: '03/26' },
      ],
      findings: [],
    },
  },
  {
    id: 'bac-kan-thanh-pho-2020',
    locality: 'Bắc Kạn',
    year: 2020,
    source:
      'https://backancity.gov.vn/dang-bo-thanh-pho-bac-kan-phan-dau-ket-nap-90-dang-vien-moi-nam-2021/',
    text: 'Năm 2020, do ảnh hưởng của yếu tố khách quan, Đảng bộ thành phố Bắc Kạn kết nạp được 55 đảng viên, đạt 91,6% so với kế hoạch đề ra.',
    expected: {
      claims: [{ kind: 'percent-of-plan', quote: '55 đảng viên, đạt 91,6% so với kế hoạch' }],
      findings: [{ quote: '91,6%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'dak-nong-dak-song-2021',
    locality: 'Đắk Nông',
    year: 2021,
    source: 'http://daksong.daknong.gov.vn/20212312-02/',
    text: 'Năm 2021 huyện Đak Song có 03 chỉ tiêu không đạt: Doanh thu bán lẻ hàng hoá 1.763 tỷ đồng/1.922 tỷ đồng, đạt 91,72%NQ; Trồng mới rừng được trên 46,8 ha/50 ha, đạt 93,7%NQ.',
    expected: {
      claims: [
        { kind: 'percent-of-plan', quote: '1.763 tỷ đồng/1.922 tỷ đồng, đạt 91,72%NQ' },
        { kind: 'percent-of-plan', quote: '46,8 ha/50 ha, đạt 93,7%NQ' },
      ],
      findings: [
        { quote: '91,72%', verdict: 'consistent' },
        { quote: '93,7%', verdict: 'consistent' },
      ],
    },
  },
  {
    id: 'ninh-thuan-2022-ket-nap',
    locality: 'Ninh Thuận',
    year: 2022,
    source:
      'https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm',
    text: 'Tính đến ngày 30-6-2022, các đảng bộ trực thuộc Tỉnh ủy kết nạp được 288 đảng viên (ĐV) mới, đạt 35,34% chỉ tiêu đề ra trong năm 2022. Đảng bộ Công an tỉnh kết nạp được 21 ĐV mới, đạt 105% chỉ tiêu được giao.',
    expected: {
      claims: [
        { kind: 'percent-of-plan', quote: '288 đảng viên (ĐV) mới, đạt 35,34% chỉ tiêu' },
        { kind: 'percent-of-plan', quote: '21 ĐV mới, đạt 105% chỉ tiêu' },
      ],
      findings: [
        { quote: '35,34%', verdict: 'unchecked' },
        { quote: '105%', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'ninh-thuan-2022-to-chuc',
    locality: 'Ninh Thuận',
    year: 2022,
    source:
      'https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm',
    text: 'Tổng số ĐV của tỉnh lên 20.952 đồng chí, sinh hoạt tại 434 tổ chức cơ sở đảng (trong đó: 149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc và 285 chi bộ cơ sở).',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '149' },
        { kind: 'part-of-whole', quote: '285' },
      ],
      findings: [],
    },
  },
  {
    id: 'binh-thuan-2019',
    locality: 'Bình Thuận',
    year: 2019,
    source:
      'https://btctu.binhthuan.dcs.vn/Tin-tức/post/180993/ket-qua-ket-nap-dang-vien-moi-tu-dau-nam-2019-den-nay-trong-toan-dang-bo-tinh.aspx',
    text: 'Từ đầu năm 2019 đến nay, toàn Đảng bộ tỉnh kết nạp được 1.669 đảng viên, chiếm tỷ lệ 83,45% so với chỉ tiêu Nghị quyết của Tỉnh đề ra. Toàn Đảng bộ có 477 tổ chức cơ sở đảng, trong đó có 248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc) và 229 chi bộ cơ sở.',
    expected: {
      claims: [
        { kind: 'percent-of-plan', quote: '1.669 đảng viên, chiếm tỷ lệ 83,45% so với chỉ tiêu' },
        { kind: 'part-of-whole', quote: '248' },
        { kind: 'part-of-whole', quote: '229' },
      ],
      findings: [{ quote: '83,45%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'can-tho-2019',
    locality: 'Cần Thơ',
    year: 2019,
    source:
      'http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm',
    text: 'Từ đầu năm đến đầu tháng 11, Đảng bộ TP Cần Thơ kết nạp được 1.988 đảng viên (ĐV), đạt 94,7% kế hoạch năm 2019. Đảng bộ huyện Thới Lai kết nạp 241 ĐV (đạt 160% kế hoạch); Đảng bộ quận Ninh Kiều kết nạp 123 ĐV (đạt 102% kế hoạch).',
    expected: {
      claims: [
        { kind: 'percent-of-plan', quote: '1.988 đảng viên (ĐV), đạt 94,7% kế hoạch' },
        { kind: 'percent-of-plan', quote: '241 ĐV (đạt 160% kế hoạch' },
        { kind: 'percent-of-plan', quote: '123 ĐV (đạt 102% kế hoạch' },
      ],
      findings: [
        { quote: '94,7%', verdict: 'unchecked' },
        { quote: '160%', verdict: 'unchecked' },
        { quote: '102%', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'can-tho-2017',
    locality: 'Cần Thơ',
    year: 2017,
    source: 'https://baocantho.com.vn/ket-nap-1-614-dang-vien-moi-a48491.html',
    text: 'Đến cuối tháng 5 năm 2017, Đảng bộ thành phố đã kết nạp được 1.614 đảng viên (ĐV) mới, đạt tỷ lệ 74,38% chỉ tiêu nghị quyết của các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy.',
    expected: {
      claims: [
        { kind: 'percent-of-plan', quote: '1.614 đảng viên (ĐV) mới, đạt tỷ lệ 74,38% chỉ tiêu' },
      ],
      findings: [{ quote: '74,38%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'dong-nai-2018',
    locality: 'Đồng Nai',
    year: 2018,
    source: 'http://baodongnai.com.vn/tintuc/201810/toan-tinh-co-78047-dang-vien-2914448/',
    text: 'Tính đến tháng 9 năm 2018, toàn Đảng bộ có 755 tổ chức cơ sở Đảng, bao gồm 369 chi bộ cơ sở và 386 Đảng bộ cơ sở (với 3.673 chi bộ trực thuộc). Như vậy, đã có 925/962 ấp, khu phố trên địa bàn tỉnh có cấp ủy, đạt tỷ lệ 96,15%, vượt mục tiêu nghị quyết đề ra.',
    expected: {
      claims: [
        { kind: 'sum', quote: '755' },
        {
          kind: 'part-of-whole',
          quote: '925/962 ấp, khu phố trên địa bàn tỉnh có cấp ủy, đạt tỷ lệ 96,15%',
        },
      ],
      findings: [
        { quote: '369', verdict: 'consistent' },
        { quote: '925/962', verdict: 'consistent' },
      ],
    },
  },
  {
    id: 'dong-nai-2024',
    locality: 'Đồng Nai',
    year: 2024,
    source:
      'https://new.dongnai.gov.vn/vi/chinh-quyen/xay-dung-dang/cac-to-chuc-dang-co-so-thuc-hien-tot-vai-tro-hat-nhan-lanh-dao-o-co-so-92417.html',
    text: 'Đầu năm 2024, Đảng bộ tỉnh có 944 tổ chức cơ sở đảng. Theo loại hình, loại hình TCCSĐ xã, phường, thị trấn chiếm tỷ lệ 70,2%; loại hình TCCSĐ trong doanh nghiệp chiếm 8,5%; loại hình TCCSĐ trong cơ quan hành chính, đơn vị sự nghiệp chiếm 16,8%; loại hình TCCSĐ trong lực lượng vũ trang chiếm 4,5%.',
    expected: {
      claims: [
        { kind: 'share', quote: 'chiếm tỷ lệ 70,2%' },
        { kind: 'share', quote: 'chiếm 4,5%' },
      ],
      findings: [{ quote: '70,2%', verdict: 'consistent' }],
    },
  },
  {
    id: 'dong-thap-2013-to-chuc',
    locality: 'Đồng Tháp',
    year: 2013,
    source:
      'https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx',
    text: 'Tính đến hết quý I/2013, toàn Đảng bộ có 787 tổ chức cơ sở đảng (tăng 11 cơ sở đảng so với năm 2011), trong đó, có 269 đảng bộ cơ sở (tăng 08), 518 chi bộ cơ sở (tăng 3).',
    expected: {
      claims: [
        { kind: 'change', quote: 'tăng 11 cơ sở đảng so với năm 2011' },
        { kind: 'part-of-whole', quote: '269' },
        { kind: 'part-of-whole', quote: '518' },
      ],
      findings: [{ quote: 'tăng 11', verdict: 'unchecked' }],
    },
  },
  {
    id: 'dong-thap-2013-xep-loai',
    locality: 'Đồng Tháp',
    year: 2012,
    source:
      'https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx',
    text: 'Qua kết quả đánh giá năm 2012, tổ chức cơ sở đảng đạt trong sạch, vững mạnh chiếm 87,97% (trong đó, tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu chiếm 20,59%); hoàn thành tốt nhiệm vụ chiếm 10,22%; hoàn thành nhiệm vụ chiếm 1,42%; yếu kém chiếm 0,39%.',
    expected: {
      claims: [
        { kind: 'share', quote: 'chiếm 87,97%' },
        { kind: 'share', quote: 'yếu kém chiếm 0,39%' },
      ],
      findings: [{ quote: 'chiếm 87,97%', verdict: 'consistent' }],
    },
  },
  {
    id: 'dong-thap-2013-dang-vien',
    locality: 'Đồng Tháp',
    year: 2012,
    source:
      'https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx',
    text: 'Về đảng viên, đảng viên đủ tư cách hoàn thành xuất sắc nhiệm vụ chiếm 13% tổng số đảng viên được đánh giá và chiếm 16,19% so với tổng số đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ; đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ chiếm 80,42%; đảng viên đủ tư cách, hoàn thành nhiệm vụ chiếm 5,84%; đảng viên vi phạm tư cách hoặc không hoàn thành nhiệm vụ chiếm 0,73%.',
    expected: {
      claims: [
        { kind: 'share', quote: 'chiếm 13%' },
        { kind: 'share', quote: 'chiếm 16,19%' },
        { kind: 'share', quote: 'chiếm 80,42%' },
      ],
      findings: [{ quote: 'chiếm 80,42%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'hai-duong-tu-ky-2012',
    locality: 'Hải Dương',
    year: 2012,
    source: 'https://baohaiduong.vn/tu-ky-ket-nap-dang-vuot-47-7-ke-hoach-319204.html',
    text: 'Theo Ban Tổ chức Huyện ủy Tứ Kỳ, đến hết tháng 11 năm 2012 toàn huyện đã kết nạp được 192 đảng viên. Trong đó, có 125 đảng viên là nữ, chiếm 65,1%; 136 đảng viên là đoàn viên thanh niên, chiếm 70,8%; 68 đảng viên là nông dân, chiếm 35,4%.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '125 đảng viên là nữ, chiếm 65,1%' },
        { kind: 'part-of-whole', quote: '136 đảng viên là đoàn viên thanh niên, chiếm 70,8%' },
        { kind: 'part-of-whole', quote: '68 đảng viên là nông dân, chiếm 35,4%' },
      ],
      findings: [
        { quote: '125 đảng viên', verdict: 'consistent' },
        { quote: '136 đảng viên', verdict: 'consistent' },
        { quote: '68 đảng viên', verdict: 'consistent' },
      ],
    },
  },
  {
    id: 'hai-duong-tp-2014',
    locality: 'Hải Dương',
    year: 2014,
    source: 'https://baohaiduong.vn/69-so-dang-vien-moi-ket-nap-la-nu-307611.html',
    text: 'Từ đầu năm 2014 đến đầu tháng 4, Thành ủy Hải Dương kết nạp 68 đảng viên, đạt 34% kế hoạch năm.',
    expected: {
      claims: [{ kind: 'percent-of-plan', quote: '68 đảng viên, đạt 34% kế hoạch' }],
      findings: [{ quote: '34%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'hai-duong-tu-ky-thu-nhap-2018',
    locality: 'Hải Dương',
    year: 2018,
    source:
      'https://baohaiduong.vn/xa-hoi/thu-nhap-binh-quan-dau-nguoi-o-tu-ky-tang-11-trieu-dong-90207',
    text: 'Năm 2018, thu nhập bình quân đầu người của huyện Tứ Kỳ hiện đạt 38,5 triệu đồng, tăng 11 triệu đồng so với năm 2015. Tỷ lệ hộ nghèo ở đây giảm còn 3,8%.',
    expected: {
      claims: [
        { kind: 'change', quote: 'tăng 11 triệu đồng so với năm 2015' },
        { kind: 'level', quote: '3,8%' },
      ],
      findings: [{ quote: 'tăng 11 triệu', verdict: 'unchecked' }],
    },
  },
  {
    id: 'ha-nam-2019',
    locality: 'Hà Nam',
    year: 2019,
    source:
      'https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/Ha-Nam-kien-nghi-xu-ly-hanh-chinh-6-nguoi-152574.html',
    text: 'Năm 2019, toàn tỉnh đã tiếp nhận 1.977 đơn thư các loại (giảm 22,1% so với cùng kỳ năm 2018). Đến nay, các cấp, các ngành trong tỉnh đã giải quyết 85/92 vụ việc khiếu nại, tố cáo thuộc thẩm quyền (đạt tỷ lệ 92,4%).',
    expected: {
      claims: [
        { kind: 'change', quote: 'giảm 22,1% so với cùng kỳ năm 2018' },
        {
          kind: 'part-of-whole',
          quote: '85/92 vụ việc khiếu nại, tố cáo thuộc thẩm quyền (đạt tỷ lệ 92,4%',
        },
      ],
      findings: [
        { quote: 'giảm 22,1%', verdict: 'unchecked' },
        { quote: '85/92', verdict: 'consistent' },
      ],
    },
  },
  {
    id: 'lam-dong-2020',
    locality: 'Lâm Đồng',
    year: 2020,
    source: 'https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/',
    text: 'Trong quý I năm 2020 toàn tỉnh đã tiếp nhận 659.245 hồ sơ, đã giải quyết 643.272 hồ sơ; trong đó, số hồ sơ giải quyết đúng và trước hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, chiếm tỷ lệ 1,19%.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '635.593 hồ sơ, chiếm tỷ lệ 98,81%' },
        { kind: 'part-of-whole', quote: '7.677 hồ sơ, chiếm tỷ lệ 1,19%' },
      ],
      findings: [
        { quote: '635.593', verdict: 'consistent' },
        { quote: '7.677', verdict: 'consistent' },
      ],
    },
  },
  {
    id: 'vinh-phuc-2021',
    locality: 'Vĩnh Phúc',
    year: 2021,
    source: 'https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105',
    text: 'Trong tháng 8/2021, bộ phận một cửa cấp huyện, cấp xã đã tiếp nhận mới 19.630 hồ sơ, hồ sơ trả trước và đúng hạn là 19.255 hồ sơ (đạt 96,55%). Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%.',
    expected: {
      claims: [{ kind: 'part-of-whole', quote: '5/9' }],
      findings: [],
    },
  },
  {
    id: 'ca-mau-2023',
    locality: 'Cà Mau',
    year: 2023,
    source:
      'https://baocamau.vn/video/xem-video/dau-an-nua-chang-duong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-2404.html',
    text: 'Theo kết quả rà soát cuối năm 2023, toàn tỉnh còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%; hộ cận nghèo là 6.943 hộ, chiếm tỷ lệ 2,27%.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '9.604 hộ nghèo, chiếm tỷ lệ 3,14%' },
        { kind: 'part-of-whole', quote: '6.943 hộ, chiếm tỷ lệ 2,27%' },
      ],
      findings: [
        { quote: '3,14%', verdict: 'unchecked' },
        { quote: '2,27%', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'thai-nguyen-von-dau-tu',
    locality: 'Thái Nguyên',
    year: 2019,
    source: 'https://thainguyentv.vn/tong-von-dau-tu-tang-185-90219.html',
    text: 'Đến hết tháng 9, tổng vốn đầu tư phát triển toàn xã hội trên địa bàn tỉnh đạt gần 40 nghìn tỷ đồng. Chia theo lĩnh vực, đầu tư vào ngành nông, lâm nghiệp chiếm gần 2,5%; ngành công nghiệp - xây dựng chiếm 46,5%; thương mại, dịch vụ, vận tải và các ngành khác chiếm 51%.',
    expected: {
      claims: [
        { kind: 'share', quote: 'ngành công nghiệp - xây dựng chiếm 46,5%' },
        { kind: 'share', quote: 'chiếm 51%' },
      ],
      findings: [{ quote: 'chiếm 46,5%', verdict: 'unchecked' }],
    },
  },
  {
    id: 'tra-vinh-2023',
    locality: 'Trà Vinh',
    year: 2023,
    source:
      'https://pbgdpl.travinh.gov.vn/1440/38641/70783/690372/thong-tin-kinh-te-xa-hoi/tinh-hinh-thuc-hien-nghi-quyet-hdnd-tinh-ve-nhiem-vu-phat-trien-kinh-te-xa-hoi-6-thang-dau-nam-n',
    text: 'Tăng trưởng kinh tế 6 tháng đầu năm 2023 đạt 5,74% (quý I tăng 3,18%, quý II tăng 9,58%). Trong đó, khu vực I giảm 0,12% (nông nghiệp giảm 1,04%; lâm nghiệp giảm 0,33%; thủy sản tăng 2,26%).',
    expected: {
      claims: [
        { kind: 'level', quote: '5,74%' },
        { kind: 'change', quote: 'giảm 0,12%' },
        { kind: 'change', quote: 'tăng 2,26%' },
      ],
      findings: [],
    },
  },
  {
    id: 'ba-ria-vung-tau-2023',
    locality: 'Bà Rịa - Vũng Tàu',
    year: 2023,
    source: 'https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/',
    text: 'Trong 6 tháng đầu năm 2023, tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí theo giá so sánh năm 2010 tăng 2,41% so với cùng kỳ năm trước. Trong đó, khu vực nông nghiệp, lâm nghiệp và thủy sản tăng 3,26%; công nghiệp và xây dựng tăng 2,85%; khu vực dịch vụ tăng 2,56%.',
    expected: {
      claims: [
        { kind: 'change', quote: 'tăng 2,41% so với cùng kỳ năm trước' },
        { kind: 'change', quote: 'tăng 3,26%' },
      ],
      findings: [],
    },
  },
  {
    id: 'gia-lai-chu-se-2020',
    locality: 'Gia Lai',
    year: 2020,
    source:
      'https://gialaitv.vn/tin-dia-phuong/nhiem-ky-2015-2020-huyen-chu-se-ket-nap-duoc-1-500-dang-vien',
    text: 'Nhiệm kỳ 2015-2020, Đảng bộ huyện Chư Sê xây dựng được 123/128 chi bộ thôn, làng, tổ dân phố có cấp ủy, 127/128 chi bộ thôn, làng, tổ dân phố có đủ đảng viên tại chỗ.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '123/128' },
        { kind: 'part-of-whole', quote: '127/128' },
      ],
      findings: [],
    },
  },
  {
    id: 'gia-lai-don-thu',
    locality: 'Gia Lai',
    year: 2012,
    source:
      'http://cand.com.vn/Xa-hoi/Gia-Lai-Giam-gan-30%25-luong-don-thu-khieu-nai-to-cao-23937/',
    text: 'Từ đầu năm đến nay, trên địa bàn toàn tỉnh tiếp nhận 836 đơn thư khiếu nại, tố cáo (giảm gần 30% so với cùng kỳ) và đã giải quyết đạt hơn 92% yêu cầu của công dân.',
    expected: {
      claims: [{ kind: 'level', quote: '92%' }],
      findings: [],
    },
  },
  {
    id: 'hai-phong-khieu-nai',
    locality: 'Hải Phòng',
    year: 2019,
    source:
      'https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/Hai-Phong-tra-lai-cho-nguoi-dan-14-ty-dong-152694.html',
    text: 'Trong kỳ báo cáo, thành phố đã giải quyết 188/211 vụ việc KN và 124/128 vụ việc TC thuộc thẩm quyền.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '188/211' },
        { kind: 'part-of-whole', quote: '124/128' },
      ],
      findings: [],
    },
  },
  {
    id: 'hung-yen-to-cao',
    locality: 'Hưng Yên',
    year: 2016,
    source:
      'http://huyenuyphucu.vn/doan-khao-sat-cua-uy-ban-phap-luat-cua-quoc-hoi-lam-viec-tai-hung-yen-c2262.html',
    text: 'Từ tháng 1.2014 đến tháng 12.2016, trong tổng số đơn nhận được, có 77 đơn thuộc thẩm quyền giải quyết của tỉnh. Đến nay đã giải quyết 66 đơn (đạt 85,71%), còn 11 đơn đang thụ lý.',
    expected: {
      claims: [{ kind: 'level', quote: '85,71%' }],
      findings: [],
    },
  },
  {
    id: 'quang-binh-2019',
    locality: 'Quảng Bình',
    year: 2019,
    source:
      'https://www.baoquangbinh.vn/chinh-tri/201907/toan-tinh-ket-nap-moi-603-dang-vien-2168748/',
    text: '6 tháng đầu năm 2019, toàn tỉnh kết nạp được 603 đảng viên mới, trong đó: đảng viên nữ là 359 đồng chí, đảng viên người dân tộc ít người 14 đồng chí.',
    expected: {
      claims: [{ kind: 'part-of-whole', quote: '359' }],
      findings: [],
    },
  },
  {
    id: 'tuyen-quang-2019',
    locality: 'Tuyên Quang',
    year: 2019,
    source:
      'https://tintuc.vn/tuyen-quang-bao-ve-quyen-loi-cho-69-ca-nhan-qua-giai-quyet-kn-tc-post1124662',
    text: 'Từ tháng 8/2018 đến tháng 7/2019, các cơ quan hành chính đã giải quyết xong 32/52 vụ việc KN, 63/78 vụ việc TC thuộc thẩm quyền.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '32/52' },
        { kind: 'part-of-whole', quote: '63/78' },
      ],
      findings: [],
    },
  },
  {
    id: 'thua-thien-hue-ntm',
    locality: 'Thừa Thiên Huế',
    year: 2015,
    source: 'http://nongthonmoithuathienhue.vn/tien-do-thuc-hien-ntm',
    text: 'Tiến độ thực hiện 19 tiêu chí nông thôn mới đến 30/9/2015: tổng tiêu chí đạt được là 1.286 tiêu chí, bình quân 14 tiêu chí một xã, tăng 5,5 tiêu chí so với năm 2010.',
    expected: {
      claims: [{ kind: 'change', quote: 'tăng 5,5 tiêu chí so với năm 2010' }],
      findings: [{ quote: 'tăng 5,5', verdict: 'unchecked' }],
    },
  },
  {
    id: 'ca-nuoc-ntm-2022',
    locality: 'Cả nước (Báo Nam Định)',
    year: 2022,
    source:
      'http://baonamdinh.vn/channel/5083/202207/16-tinh-co-100-so-xa-dat-chuan-nong-thon-moi-2551780/',
    text: 'Tính đến hết tháng 6 năm 2022, cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới (tăng 160 xã so với cuối năm 2021).',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '5.775/8.227 xã (chiếm 70,2%' },
        { kind: 'change', quote: 'tăng 160 xã so với cuối năm 2021' },
      ],
      findings: [
        { quote: '5.775/8.227', verdict: 'consistent' },
        { quote: 'tăng 160', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'ca-nuoc-ntm-2025',
    locality: 'Cả nước (VietNamNet)',
    year: 2025,
    source:
      'https://vietnamnet.vn/thuc-hien-bang-duoc-muc-tieu-xay-dung-nong-nghiep-sinh-thai-nong-thon-hien-dai-2417692.html',
    text: 'Đến tháng 6/2025, cả nước có 6.084/7.669 xã (79,3%) đã được công nhận đạt chuẩn nông thôn mới; có 2.567 xã (42,4%) đạt chuẩn nông thôn mới nâng cao và 743 xã (12,3%) đạt chuẩn nông thôn mới kiểu mẫu.',
    expected: {
      claims: [
        { kind: 'part-of-whole', quote: '6.084/7.669 xã (79,3%' },
        { kind: 'part-of-whole', quote: '2.567 xã (42,4%)' },
        { kind: 'part-of-whole', quote: '743 xã (12,3%)' },
      ],
      findings: [
        { quote: '6.084/7.669', verdict: 'consistent' },
        { quote: '2.567 xã', verdict: 'unchecked' },
        { quote: '743 xã', verdict: 'unchecked' },
      ],
    },
  },
  {
    id: 'ca-nuoc-ntm-2023',
    locality: 'Cả nước (Báo Công Thương)',
    year: 2023,
    source:
      'https://betagiaothuong1.congthuong.vn/tags/dat-chuan-nong-thon-moi-kieu-mau-129112.tag',
    text: 'Đến 30/6/2023, cả nước có 6.022/8.177 xã (73,65%) đạt chuẩn nông thôn mới.',
    expected: {
      claims: [{ kind: 'part-of-whole', quote: '6.022/8.177 xã (73,65%' }],
      findings: [{ quote: '6.022/8.177', verdict: 'consistent' }],
    },
  },
];
