import type { CriteriaSet, CriteriaSetId } from './criteria-set-schema.js';
import { ntmCommune2016 } from './ntm-commune-2016.js';
import { ntmCommune2022 } from './ntm-commune-2022.js';
import { ntmCommune2026 } from './ntm-commune-2026.js';
import { ntmCommuneAdvanced2022 } from './ntm-commune-advanced-2022.js';
import { ntmCommuneModel2022 } from './ntm-commune-model-2022.js';
import { ntmDistrict2016 } from './ntm-district-2016.js';
import { ntmDistrict2022 } from './ntm-district-2022.js';

/**
 * Every national NTM criteria set chitieu knows, by {@link CriteriaSetId}: the commune sets of
 * QĐ 1980/QĐ-TTg (2016), QĐ 318/QĐ-TTg (2022, standard and nâng cao), QĐ 319/QĐ-TTg (2022,
 * kiểu mẫu) and QĐ 51/2025/QĐ-TTg (2026), and the district sets of QĐ 558/QĐ-TTg (2016) and
 * QĐ 320/QĐ-TTg (2022). Each is also exported on its own (`ntmCommune2016`, …) so an app can
 * import only the set it uses.
 *
 * @category NTM
 * @example
 * ```ts
 * Object.keys(criteriaSets).length;
 * //=> 7
 * criteriaSets['ntm-district-2016'].decision.number;
 * //=> 'QĐ 558/QĐ-TTg'
 * criteriaSets['ntm-commune-2022'].criteria[2].name;
 * //=> 'Thủy lợi và phòng, chống thiên tai'
 * ```
 */
export const criteriaSets: Readonly<Record<CriteriaSetId, CriteriaSet>> =
  /* @__PURE__ */ Object.freeze({
    'ntm-commune-2016': ntmCommune2016,
    'ntm-commune-2022': ntmCommune2022,
    'ntm-commune-advanced-2022': ntmCommuneAdvanced2022,
    'ntm-commune-model-2022': ntmCommuneModel2022,
    'ntm-district-2016': ntmDistrict2016,
    'ntm-district-2022': ntmDistrict2022,
    'ntm-commune-2026': ntmCommune2026,
  });
