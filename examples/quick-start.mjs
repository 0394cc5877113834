import { evaluate, formatViPercent, parseTarget } from 'chitieu';

const { target, unit } = parseTarget('Phấn đấu kết nạp trên 150 đảng viên');
const result = evaluate(169, target);

console.log(unit); // đảng viên
console.log(result.status); // exceeded
console.log(result.gap.toString()); // 19
const percent = result.percentOfPlan; // null only when the plan is 0
if (percent) console.log(formatViPercent(percent, { decimals: 1, rounding: 'truncate' })); // 112,6%
