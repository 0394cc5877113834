// Real calls of `chitieu/tables`, run in Node and in headless Chromium by scripts/test-browser.mjs.
import { describePlanTable, evaluatePlanTable } from 'chitieu/tables';

const ROWS = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2023', 'Ước TH 2023', 'Đánh giá'],
  ['1', 'Kết nạp đảng viên', 'đảng viên', 'trên 150', '169', 'Vượt'],
  ['2', 'Tỷ lệ hộ nghèo', '%', '< 7,6', '7,6', 'Đạt'],
];

/** Each check's result, as text: the same in every runtime. */
export function results() {
  const evaluation = evaluatePlanTable(ROWS);
  return {
    statuses: evaluation.rows.map((r) => r.status),
    sentence: describePlanTable(evaluation),
  };
}
