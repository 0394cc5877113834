/**
 * A custom classification scale for tests: wards rated tốt / đạt / kém, with two weak levels
 * and its own weak phrase ("chưa tốt"), unlike the built-in commune scale.
 */
export const wardScale = {
  id: 'three-levels',
  unitNoun: 'phường',
  levels: ['tot', 'dat', 'kem'],
  labels: { tot: 'tốt', dat: 'đạt', kem: 'kém' },
  weak: ['dat', 'kem'],
  topPhrase: 'tốt',
  weakPhrase: 'chưa tốt',
};
