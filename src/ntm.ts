/**
 * chitieu/ntm — the national target programme on new rural areas (nông thôn mới): criteria
 * sets with their data, commune and district progress, roll-ups and their sentences.
 *
 * @module chitieu/ntm
 */

export * from './ntm/index.js';
