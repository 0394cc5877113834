import { evaluate, formatViPercent, parseTarget } from 'chitieu';

const { target, unit } = parseTarget('Phấn đấu kết nạp trên 150 đảng viên');
const result = evaluate(169, target);

console.log(unit); // đảng viên
console.log(result.status); // exceeded
console.log(result.gap.toString()); // 19
console.log(formatViPercent(result.percentOfPlan!, { decimals: 1, rounding: 'truncate' })); // 112,6%
